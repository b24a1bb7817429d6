import { redirect } from 'next/navigation'
import { getDb } from '@/lib/db'
import { InvalidCursor, listProducts, parseProductQuery, type ProductList } from '@/lib/catalog'
import { friendlyReasons } from '@/components/search/friendly-reasons'
import {
  canonicalRedirect,
  readListingState,
  toQueryRecord,
  type ListingState,
  type RawSearchParams,
} from '@/components/search/listing-params'

/**
 * A non-canonical listing URL (a submitted filter form) is redirected so the address bar always
 * shows the shareable form.
 */
export function listingState(basePath: string, raw: RawSearchParams, isCategoryPage: boolean): ListingState {
  // On a category page the category is the path, not a parameter.
  const fixed: Partial<ListingState> = isCategoryPage ? { category: undefined } : {}
  const target = canonicalRedirect(basePath, raw, fixed)
  if (target) redirect(target)
  return { ...readListingState(raw), ...fixed }
}

export type Listing = { ok: true; list: ProductList } | { ok: false; reasons: string[] }

/** A bad query becomes reasons to show the shopper, never a 500. */
export async function loadListing(state: ListingState, categorySlug?: string): Promise<Listing> {
  const parsed = parseProductQuery({ ...toQueryRecord(state), ...(categorySlug ? { category: categorySlug } : {}) })
  if (!parsed.ok) return { ok: false, reasons: friendlyReasons(parsed.errors) }
  try {
    return { ok: true, list: await listProducts(await getDb(), parsed.query) }
  } catch (error) {
    if (error instanceof InvalidCursor) {
      return { ok: false, reasons: friendlyReasons([{ name: 'cursor', reason: 'invalid' }]) }
    }
    throw error
  }
}
