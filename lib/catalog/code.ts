import { normalizeGtin } from '../gs1/gtin'
import { InvalidCode } from './errors'

/**
 * Our shelf-tag QR codes carry `/tag/{storeId}/{gtin}` on any of our hosts; GS1 Digital Link
 * URLs carry `/01/{gtin}`. Either way only the path is trusted, and its GTIN is validated.
 */
const SHELF_TAG_PATH = /^\/tag\/([A-Za-z0-9_-]{1,60})\/(\d{8,14})\/?$/
const DIGITAL_LINK_PATH = /\/01\/(\d{14})(?:\/|$)/

export type ParsedCode =
  | { kind: 'gtin'; gtin14: string; storeRef: string | null; via: 'gtin' | 'shelf-tag' }
  | { kind: 'sku'; sku: string }

/** Classifies a scanned or typed code; throws InvalidCode for input that cannot be any product. */
export function parseCode(raw: string): ParsedCode {
  const code = raw.trim()
  if (code.length === 0 || code.length > 512) throw new InvalidCode(raw.slice(0, 100), 'A code must be 1 to 512 characters.')
  if (/^https?:\/\//i.test(code)) {
    let url: URL
    try {
      url = new URL(code)
    } catch {
      throw new InvalidCode(code, 'That is not a valid URL.')
    }
    const tag = SHELF_TAG_PATH.exec(url.pathname)
    const link = tag ? null : DIGITAL_LINK_PATH.exec(url.pathname)
    const digits = tag?.[2] ?? link?.[1]
    if (!digits) throw new InvalidCode(code, 'This URL is not one of our shelf tags.')
    const gtin14 = normalizeGtin(digits)
    if (!gtin14) throw new InvalidCode(code, 'The shelf tag carries a GTIN with a wrong check digit.')
    return { kind: 'gtin', gtin14, storeRef: tag?.[1] ?? null, via: 'shelf-tag' }
  }
  const compact = code.replace(/[\s-]/g, '')
  if (/^\d+$/.test(compact)) {
    if (![8, 12, 13, 14].includes(compact.length)) {
      throw new InvalidCode(code, 'A GTIN has 8, 12, 13 or 14 digits.')
    }
    const gtin14 = normalizeGtin(compact)
    if (!gtin14) throw new InvalidCode(code, 'The check digit does not match: the code was misread or mistyped.')
    return { kind: 'gtin', gtin14, storeRef: null, via: 'gtin' }
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(code)) {
    throw new InvalidCode(code, 'Not a GTIN, SKU or shelf-tag URL.')
  }
  return { kind: 'sku', sku: code.toUpperCase() }
}

/**
 * The path our shelf-tag QR codes carry: `/tag/{storeId}/{gtin}` (the GTIN as printed under the
 * barcode). Opening it on our site sets the store and lands on the variant; parseCode reads it back.
 */
export function shelfTagPath(storeId: string, gtin: string): string {
  return `/tag/${encodeURIComponent(storeId)}/${gtin}`
}
