import type { ListingState } from './listing-params'
import { AutoSubmitForm } from './auto-submit-form'
import { HiddenFields } from './hidden-fields'

const labels: Record<string, string> = {
  relevance: 'Best match',
  featured: 'Featured',
  newest: 'Newest',
  'price-asc': 'Price: low to high',
  'price-desc': 'Price: high to low',
  rating: 'Top rated',
}

type SortFormProps = { basePath: string; state: ListingState }

export function SortForm({ basePath, state }: SortFormProps) {
  // Without a search term there is nothing to match, so the default order is "featured".
  const options = state.q ? ['relevance', 'newest', 'price-asc', 'price-desc', 'rating'] : ['', 'newest', 'price-asc', 'price-desc', 'rating']
  return (
    <AutoSubmitForm action={basePath} className="flex items-center gap-2" aria-label="Sort products">
      <HiddenFields
        values={{
          q: state.q,
          category: state.category,
          color: state.color.join(','),
          size: state.size.join(','),
          minPrice: state.minPrice,
          maxPrice: state.maxPrice,
          inStockAt: state.inStockAt,
        }}
      />
      <label htmlFor="sort" className="text-sm text-muted">
        Sort by
      </label>
      <select
        id="sort"
        name="sort"
        defaultValue={state.sort ?? options[0]}
        className="h-11 rounded-full border border-line-strong bg-surface px-3 text-sm font-medium"
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {labels[o || 'featured']}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="min-h-11 rounded-full border border-line-strong px-4 text-sm font-semibold group-data-[enhanced]:hidden"
      >
        Sort
      </button>
    </AutoSubmitForm>
  )
}
