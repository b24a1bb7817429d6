// The member card's code, as text. Pure (no crypto, no database): the till's scan box and the
// wallet page read it too. Signing and checking live in ./token.ts.

export const WALLET_TOKEN_PREFIX = 'AISLE-MEMBER:'

/** Digits of each part: fixed widths, so the all-digit form (Code 128, set C) needs no separators. */
export const WALLET_ID_DIGITS = 12
const EXPIRY_DIGITS = 10
export const SIGNATURE_DIGITS = 16
const ALL_DIGITS = WALLET_ID_DIGITS + EXPIRY_DIGITS + SIGNATURE_DIGITS

export type WalletTokenParts = { walletId: string; expiresAt: number; signature: string }

const QR_FORM = new RegExp(`^(\\d{${WALLET_ID_DIGITS}})\\.(\\d{${EXPIRY_DIGITS}})\\.(\\d{${SIGNATURE_DIGITS}})$`)
const DIGIT_FORM = new RegExp(`^(\\d{${WALLET_ID_DIGITS}})(\\d{${EXPIRY_DIGITS}})(\\d{${SIGNATURE_DIGITS}})$`)

/**
 * The parts of a scanned or typed card code, or null when it is not one. Two spellings of one code:
 * `AISLE-MEMBER:{walletId}.{expiresAtUnix}.{signature}` (the QR) and the same 38 digits run together
 * (the Code 128 under it, short enough for a 1-D scanner to read off a phone; spaces and dashes a
 * person types are ignored).
 */
export function parseWalletToken(input: string): WalletTokenParts | null {
  const text = input.trim()
  if (text.length > 120) return null
  let m: RegExpExecArray | null = null
  if (text.toUpperCase().startsWith(WALLET_TOKEN_PREFIX)) m = QR_FORM.exec(text.slice(WALLET_TOKEN_PREFIX.length))
  else {
    const digits = text.replace(/[\s-]/g, '')
    if (digits.length === ALL_DIGITS) m = DIGIT_FORM.exec(digits)
  }
  return m ? { walletId: m[1], expiresAt: Number(m[2]), signature: m[3] } : null
}

export const formatWalletToken = (p: WalletTokenParts) => `${WALLET_TOKEN_PREFIX}${p.walletId}.${p.expiresAt}.${p.signature}`

/** The same code as 38 digits: what the Code 128 carries. */
export const walletTokenDigits = (p: WalletTokenParts) => `${p.walletId}${p.expiresAt}${p.signature}`

/** True for text that is a member card code (so a scanner's input goes to the member field, not the item look-up). */
export const looksLikeWalletToken = (text: string) => parseWalletToken(text) !== null
