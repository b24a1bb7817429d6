import type { ProductList } from '@/lib/catalog/schemas'
import { ProductGrid } from '@/components/product/product-grid'
import { ActiveFilters } from './active-filters'
import { CategoryFacet } from './category-facet'
import { EmptyResults } from './empty-results'
import { FacetsForm } from './facets-form'
import { hasFilters, toSearchParams, type ListingState } from './listing-params'
import { MobileFilters } from './mobile-filters'
import { ResultsPager } from './results-pager'
import { SortForm } from './sort-form'

type ProductListingProps = {
  basePath: string
  state: ListingState
  list: ProductList
  myStore: { id: string; name: string } | null
  /** Name of the store the in-stock filter names, which may not be the shopper's own. */
  stockStoreName: string | null
  categories: { slug: string; name: string }[]
  /** Search offers a category facet; a category page is already one. */
  showCategoryFacet: boolean
}

export function ProductListing(props: ProductListingProps) {
  const { basePath, state, list, myStore, stockStoreName, categories, showCategoryFacet } = props
  // Keyed by the URL state so uncontrolled inputs reset when a link (not the form) changed it.
  const formKey = toSearchParams(state).toString()
  const activeCount =
    state.color.length + state.size.length + (state.minPrice || state.maxPrice ? 1 : 0) + (state.inStockAt ? 1 : 0)
  const currency = list.items[0]?.price.currency ?? 'USD'
  // With nothing found and nothing filtered, filter and sort controls only get in the way.
  const showControls = list.total > 0 || hasFilters(state)

  // On phones the panel stays open while several filters are picked, then one Apply.
  const facets = (idPrefix: string, instant: boolean) => (
    <div className="flex flex-col gap-6">
      {showCategoryFacet && <CategoryFacet basePath={basePath} state={state} options={list.facets.categories} />}
      <FacetsForm
        key={formKey}
        idPrefix={idPrefix}
        basePath={basePath}
        state={state}
        facets={list.facets}
        myStore={myStore}
        stockStoreName={stockStoreName}
        instant={instant}
      />
    </div>
  )

  return (
    <div className={showControls ? 'lg:grid lg:grid-cols-[16rem_1fr] lg:gap-8' : ''}>
      {showControls && (
        <aside aria-label="Filters" className="hidden lg:block">
          {facets('wide', true)}
        </aside>
      )}
      <div className="flex min-w-0 flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-muted">
            {state.cursor ? 'More of ' : ''}
            <span className="font-semibold text-ink">{list.total}</span> {list.total === 1 ? 'product' : 'products'}
          </p>
          {showControls && <SortForm key={formKey} basePath={basePath} state={state} />}
        </div>
        {showControls && <MobileFilters activeCount={activeCount}>{facets('narrow', false)}</MobileFilters>}
        <ActiveFilters
          basePath={basePath}
          state={state}
          facets={list.facets}
          storeName={stockStoreName}
          currency={currency}
        />
        {list.items.length === 0 ? (
          <EmptyResults basePath={basePath} state={state} categories={hasFilters(state) ? [] : categories} />
        ) : (
          <ProductGrid products={list.items} eagerCount={state.cursor ? 0 : 2} preferColors={state.color} />
        )}
        <ResultsPager basePath={basePath} state={state} nextCursor={list.nextCursor} />
      </div>
    </div>
  )
}
