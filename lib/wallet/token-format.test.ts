import { describe, expect, it } from 'vitest'
import { formatWalletToken, looksLikeWalletToken, parseWalletToken, walletTokenDigits } from './token-format'

describe('member card code text', () => {
  const parts = { walletId: '412345678901', expiresAt: 1_760_000_000, signature: '0123456789012345' }

  it('reads the QR form and the all-digit Code 128 form as the same code', () => {
    const qr = formatWalletToken(parts)
    expect(qr).toBe('AISLE-MEMBER:412345678901.1760000000.0123456789012345')
    expect(parseWalletToken(qr)).toEqual(parts)
    expect(parseWalletToken(` aisle-member:${qr.slice(13)} `)).toEqual(parts)
    const digits = walletTokenDigits(parts)
    expect(digits).toHaveLength(38)
    expect(parseWalletToken(digits)).toEqual(parts)
    // Typed in groups from the digits under the barcode.
    expect(parseWalletToken(digits.replace(/(\d{4})/g, '$1 '))).toEqual(parts)
  })

  it('refuses anything else: GTINs, pickup codes, short or padded codes', () => {
    for (const text of ['8034592001024', 'AISLE-PICKUP:res_x.y', 'AISLE-MEMBER:1.2.3', `${walletTokenDigits(parts)}9`, 'AISLE-MEMBER:412345678901.1760000000.01234567890123x5', '']) {
      expect(looksLikeWalletToken(text)).toBe(false)
    }
  })
})
