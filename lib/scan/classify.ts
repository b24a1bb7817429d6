import { parseCode } from '../catalog/code'

/** What a confirmed read asks of the app. */
export type ScanTarget =
  /** A GTIN, SKU, our shelf-tag URL or a GS1 Digital Link: look it up in the catalogue. */
  | { kind: 'code'; code: string }
  /** Some other web address: shown to the shopper, never opened for them. */
  | { kind: 'url'; url: string }
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
  return { kind: 'text', text }
}
