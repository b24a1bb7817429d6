import { shelfTagPath } from './code'
import type { CodeMatch, Variant } from './schemas'

// Where a scanned or printed code sends the shopper. Pure (no database): the /tag and /01 routes
// and the scan page in the browser build the same URLs from it.

/** How the shopper reached the product: our shelf tag, or any other scanned code (GS1 Digital Link). */
export type LandingVia = 'tag' | 'scan'

/** The scanned variant's page: its colour, its size when it has one, and how the shopper came. */
export function productLandingHref(handle: string, variant: Pick<Variant, 'colorCode' | 'size'>, via: LandingVia): string {
  const qs = new URLSearchParams({ color: variant.colorCode })
  if (variant.size) qs.set('size', variant.size)
  qs.set('via', via)
  return `/p/${encodeURIComponent(handle)}?${qs}`
}

/** The scan page's "we don't carry this item" answer for a well-formed GTIN we do not sell. */
export function missingLandingHref(gtin: string): string {
  return `/scan?${new URLSearchParams({ missing: gtin })}`
}

/**
 * Where a code resolved on the scan page goes: a shelf tag through its own URL, so the store it
 * names becomes the shopper's store; any other code straight to the variant it identifies.
 */
export function scanDestination(match: CodeMatch): string {
  if (match.matchedBy === 'shelf-tag' && match.storeId) return shelfTagPath(match.storeId, match.variant.gtin)
  return productLandingHref(match.product.handle, match.variant, 'scan')
}
