// The receipt QR's text, as a scanner reads it. Pure (no crypto): the staff desk recognises it too.
// Signing and checking live in ./token.ts.

export const RECEIPT_TOKEN_PREFIX = 'AISLE-RECEIPT:'

/** Whether a scanned or typed code is meant as one of our receipts (whether it is genuine is the server's call). */
export const looksLikeReceiptToken = (code: string) => code.trim().toUpperCase().startsWith(RECEIPT_TOKEN_PREFIX)
