import { isValidGtin } from '../gs1/gtin'
import { UnprintableGtin } from './errors'
import type { Symbology } from './schemas'

export const symbologyNames: Record<Symbology, string> = { ean13: 'EAN-13', upca: 'UPC-A', ean8: 'EAN-8' }

/**
 * The symbol follows the GTIN as printed: 13 digits are EAN-13, 12 are UPC-A, 8 are EAN-8.
 * A GTIN-14 identifies a case (ITF-14), never a unit on a shelf, so it has no shelf barcode.
 */
export function symbologyFor(gtin: string): Symbology {
  if (!isValidGtin(gtin)) throw new UnprintableGtin(gtin)
  switch (gtin.length) {
    case 13:
      return 'ean13'
    case 12:
      return 'upca'
    case 8:
      return 'ean8'
    default:
      throw new UnprintableGtin(gtin)
  }
}
