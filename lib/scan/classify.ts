import { parseCode } from '../catalog/code'

/** What a confirmed read asks of the app. */
export type ScanTarget =
  /** A GTIN, SKU, our shelf-tag URL or a GS1 Digital Link: look it up in the catalogue. */
  | { kind: 'code'; code: string }
  /** Some other web address: shown to the shopper, never opened for them. */
  | { kind: 'url'; url: string }
  /** Digits that cannot be a product code (wrong length or check digit): misread or mistyped. */
  | { kind: 'invalid'; text: string; reason: string }
  /** Anything else (a loyalty card, a Wi-Fi code…): shown as text. */
  | { kind: 'text'; text: string }

export function classifyScan(text: string): ScanTarget {
  const trimmed = text.trim()
  try {
    parseCode(trimmed)
    return { kind: 'code', code: trimmed }
  } catch {
    // Not a product code of ours: fall through to describe what it is.
  }
  if (/^https?:\/\/\S+$/i.test(trimmed) && URL.canParse(trimmed)) return { kind: 'url', url: trimmed }
  if (/^[\d\s-]+$/.test(trimmed)) {
    return { kind: 'invalid', text, reason: 'A product barcode number has 8, 12, 13 or 14 digits and a matching check digit.' }
  }
  return { kind: 'text', text }
}
