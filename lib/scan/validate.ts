import { isValidGtin } from '../gs1/gtin'
import type { ScanFormat } from './formats'

export type Point = { x: number; y: number }

/**
 * What an engine reported, before we trust it. `corners` (clockwise from top-left, in the decoded
 * image's pixels) outline the code on screen; engines that cannot tell leave them out.
 */
export type RawRead = { format: ScanFormat; text: string; corners?: Point[] }

/**
 * A read we trust enough to act on. `key` is what two reads must share to be the same code:
 * retail codes compare as GTIN-14, so a UPC-A and the same code read as EAN-13 agree.
 */
export type ScanRead = RawRead & { key: string }

const retailLength: Partial<Record<ScanFormat, number>> = { ean13: 13, upca: 12, ean8: 8 }
const PRINTABLE = /^[\x20-\x7e]+$/
export const MAX_QR_LENGTH = 2048
export const MAX_CODE128_LENGTH = 80

/**
 * A wrong product is worse than a miss: retail reads must have their symbology's length and a
 * correct GS1 check digit; Code 128 must be printable ASCII of a label's length; QR text must be
 * non-empty and of a sane size. Anything else is dropped as a misread.
 */
export function validateRead(read: RawRead): ScanRead | null {
  const text = read.format === 'qr' ? read.text : read.text.trim()
  if (text.length === 0) return null
  const length = retailLength[read.format]
  if (length !== undefined) {
    if (text.length !== length || !isValidGtin(text)) return null
    return { format: read.format, text, key: `gtin:${text.padStart(14, '0')}`, corners: read.corners }
  }
  if (read.format === 'code128') {
    if (text.length > MAX_CODE128_LENGTH || !PRINTABLE.test(text)) return null
    return { format: 'code128', text, key: `c128:${text}`, corners: read.corners }
  }
  if (text.length > MAX_QR_LENGTH) return null
  return { format: 'qr', text, key: `qr:${text}`, corners: read.corners }
}
