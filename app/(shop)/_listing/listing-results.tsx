import { ProductListing } from '@/components/search/product-listing'
import { QueryProblem } from '@/components/search/query-problem'
import type { ListingState } from '@/components/search/listing-params'
import { getAllStores, getCategories, getMyStore } from '../_data/shop'
import { loadListing } from './load-listing'

type ListingResultsProps = {
  basePath: string
  state: ListingState
  categorySlug?: string
  resetHref: string
}

/** The data-dependent part of a listing page. */
export async function ListingResults({ basePath, state, categorySlug, resetHref }: ListingResultsProps) {
  const [listing, categories, myStore, stores] = await Promise.all([
    loadListing(state, categorySlug),
    getCategories(),
    getMyStore(),
    getAllStores(),
  ])
  if (!listing.ok) return <QueryProblem reasons={listing.reasons} resetHref={resetHref} />
  return (
    <ProductListing
      basePath={basePath}
      state={state}
      list={listing.list}
      myStore={myStore}
      stockStoreName={stores.find((s) => s.id === state.inStockAt)?.name ?? null}
      categories={categories}
      showCategoryFacet={!categorySlug}
    />
  )
}
