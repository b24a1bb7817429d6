/**
 * GS1 identification keys as printed under a barcode: GTIN-8 (EAN-8), GTIN-12 (UPC-A),
 * GTIN-13 (EAN-13) and GTIN-14 (ITF-14). All share one mod-10 check digit scheme.
 */

export const gtinLengths = [8, 12, 13, 14] as const
export type GtinLength = (typeof gtinLengths)[number]

const digitsOnly = /^\d+$/

/**
 * The GS1 check digit for a body (the code without its check digit): weights 3,1,3,1…
 * counted from the rightmost body digit, so one routine serves every length.
 */
export function gs1CheckDigit(body: string): number {
  if (!digitsOnly.test(body)) throw new TypeError('A GTIN body must contain only digits')
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += i % 2 === 0 ? digit * 3 : digit
  }
  return (10 - (sum % 10)) % 10
}

/** Appends the check digit to a 7, 11, 12 or 13 digit body, giving a valid GTIN-8/12/13/14. */
export function withCheckDigit(body: string): string {
  if (!digitsOnly.test(body) || !isGtinLength(body.length + 1)) {
    throw new TypeError(`A GTIN body must be 7, 11, 12 or 13 digits, got "${body}"`)
  }
  return body + String(gs1CheckDigit(body))
}

function isGtinLength(n: number): n is GtinLength {
  return (gtinLengths as readonly number[]).includes(n)
}

/** True for an 8, 12, 13 or 14 digit string whose last digit is its GS1 check digit. */
export function isValidGtin(code: string): boolean {
  if (!digitsOnly.test(code) || !isGtinLength(code.length)) return false
  return gs1CheckDigit(code.slice(0, -1)) === code.charCodeAt(code.length - 1) - 48
}

/**
 * The 14-digit form used as the one key for a trade item: a UPC-A and the same code read as
 * EAN-13 (leading zero) normalise to the same value. Surrounding whitespace from a scanner is
 * tolerated; anything else that is not a valid GTIN gives null.
 */
export function normalizeGtin(code: string): string | null {
  const trimmed = code.trim()
  return isValidGtin(trimmed) ? trimmed.padStart(14, '0') : null
}
