import { PKPass } from 'passkit-generator'
import type { AppleConfig } from './pass-config'
import type { PassContent } from './pass-content'
import { passArt } from './pass-art'

/**
 * The member card as an Apple Wallet store card (.pkpass): points, tier, and the card code as a QR.
 * Signed with the operator's pass certificate and Apple's WWDR certificate.
 */
export function buildApplePass(config: AppleConfig, card: PassContent, site: string): Buffer {
  const passJson = {
    formatVersion: 1,
    passTypeIdentifier: config.passTypeId,
    teamIdentifier: config.teamId,
    // One pass per wallet id: a revoked card's pass is a different pass from the new one.
    serialNumber: `aisle-member-${card.walletId}`,
    organizationName: 'Aisle',
    description: 'Aisle membership card',
    logoText: 'Aisle',
    backgroundColor: 'rgb(15, 90, 74)',
    foregroundColor: 'rgb(255, 255, 255)',
    labelColor: 'rgb(227, 239, 233)',
    storeCard: {
      headerFields: [{ key: 'points', label: 'POINTS', value: card.points }],
      primaryFields: [{ key: 'member', label: 'MEMBER', value: card.name }],
      secondaryFields: [
        { key: 'tier', label: 'TIER', value: card.tier },
        ...(card.nextTier ? [{ key: 'next', label: 'NEXT TIER', value: card.nextTier }] : []),
      ],
      backFields: [
        { key: 'how', label: 'At the till', value: 'Show this code when you pay to earn points and use your rewards.' },
        { key: 'wallet', label: 'Your wallet', value: `${site}/wallet` },
        { key: 'points-note', label: 'Points', value: 'Points on this card are as of when it was added; your wallet in the app is always current.' },
      ],
    },
  }
  const pass = new PKPass(
    { 'pass.json': Buffer.from(JSON.stringify(passJson)), ...passArt() },
    { signerCert: config.signerCert, signerKey: config.signerKey, signerKeyPassphrase: config.signerKeyPassphrase, wwdr: config.wwdr },
  )
  pass.setBarcodes({ format: 'PKBarcodeFormatQR', message: card.token, messageEncoding: 'iso-8859-1', altText: card.digits })
  pass.setExpirationDate(new Date(card.expiresAt))
  return pass.getAsBuffer()
}
