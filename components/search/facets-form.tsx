import Link from 'next/link'
import type { ProductFacets } from '@/lib/catalog/schemas'
import { buttonClass } from '@/components/ui/button-styles'
import { AutoSubmitForm } from './auto-submit-form'
import { ColorFacet } from './color-facet'
import { HiddenFields } from './hidden-fields'
import { listingHref, type ListingState } from './listing-params'
import { PriceFacet } from './price-facet'
import { SizeFacet } from './size-facet'
import { StockFacet } from './stock-facet'

type FacetsFormProps = {
  idPrefix: string
  basePath: string
  state: ListingState
  facets: ProductFacets
  myStore: { id: string; name: string } | null
  stockStoreName: string | null
  instant: boolean
}

export function FacetsForm({ idPrefix, basePath, state, facets, myStore, stockStoreName, instant }: FacetsFormProps) {
  // A shared link may filter by a store other than the shopper's own; keep offering that one.
  const stockStore = state.inStockAt ? { id: state.inStockAt, name: stockStoreName ?? 'the chosen store' } : myStore
  return (
    <AutoSubmitForm action={basePath} instant={instant} className="flex flex-col gap-6" aria-label="Filter products">
      <HiddenFields values={{ q: state.q, category: state.category, sort: state.sort }} />
      <StockFacet idPrefix={idPrefix} store={stockStore} checked={!!state.inStockAt} />
      <ColorFacet idPrefix={idPrefix} options={facets.colors} selected={state.color} />
      <SizeFacet idPrefix={idPrefix} options={facets.sizes} selected={state.size} />
      <PriceFacet idPrefix={idPrefix} basePath={basePath} state={state} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass('primary')}>
          Apply filters
        </button>
        <Link
          href={listingHref(basePath, { q: state.q, category: state.category, sort: state.sort, color: [], size: [] })}
          className={buttonClass('ghost')}
        >
          Clear all
        </Link>
      </div>
    </AutoSubmitForm>
  )
}
