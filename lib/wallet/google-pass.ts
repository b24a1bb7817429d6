import { sign } from 'node:crypto'
import type { GoogleConfig } from './pass-config'
import type { PassContent } from './pass-content'

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** Google's ids allow letters, digits, `.`, `_` and `-` after the issuer id. */
const idPart = (s: string) => s.replace(/[^\w.-]/g, '_')

/** The loyalty object (and its class, created on first save) a "Save to Google Wallet" link carries. */
export function googleLoyaltyPayload(config: GoogleConfig, card: PassContent, site: string) {
  const classId = `${config.issuerId}.${idPart(config.classSuffix)}`
  return {
    loyaltyClasses: [
      {
        id: classId,
        issuerName: 'Aisle',
        programName: 'Aisle Members',
        programLogo: { sourceUri: { uri: `${site}/api/v1/wallet/pass-logo.png` }, contentDescription: { defaultValue: { language: 'en-US', value: 'Aisle' } } },
        hexBackgroundColor: '#0f5a4a',
        reviewStatus: 'UNDER_REVIEW',
      },
    ],
    loyaltyObjects: [
      {
        id: `${config.issuerId}.${idPart(`member-${card.walletId}`)}`,
        classId,
        state: 'ACTIVE',
        accountId: card.walletId,
        accountName: card.name,
        loyaltyPoints: { label: 'Points', balance: { int: card.points } },
        textModulesData: [{ id: 'tier', header: 'Tier', body: card.nextTier ? `${card.tier} · ${card.nextTier}` : card.tier }],
        barcode: { type: 'QR_CODE', value: card.token, alternateText: card.digits },
        validTimeInterval: { end: { date: card.expiresAt } },
      },
    ],
  }
}

/**
 * A "Save to Google Wallet" link: an RS256 JWT signed with the issuer's service account key, which
 * Google reads when the member opens it. Nothing is sent to Google from here.
 */
export function googleSaveUrl(config: GoogleConfig, card: PassContent, site: string, now = new Date()): string {
  const header = b64url({ alg: 'RS256', typ: 'JWT' })
  const claims = b64url({
    iss: config.serviceAccountEmail,
    aud: 'google',
    typ: 'savetowallet',
    iat: Math.floor(now.getTime() / 1000),
    origins: [site],
    payload: googleLoyaltyPayload(config, card, site),
  })
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${claims}`), config.privateKey).toString('base64url')
  return `https://pay.google.com/gp/v/save/${header}.${claims}.${signature}`
}
