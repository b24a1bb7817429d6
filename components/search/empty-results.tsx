import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { hasFilters, listingHref, type ListingState } from './listing-params'

type EmptyResultsProps = {
  basePath: string
  state: ListingState
  categories: { slug: string; name: string }[]
}

export function EmptyResults({ basePath, state, categories }: EmptyResultsProps) {
  const filtered = hasFilters(state)
  return (
    <div className="rounded-xl border border-line bg-surface px-5 py-10 text-center">
      <h2 className="text-lg font-semibold">
        {state.q ? `Nothing matches “${state.q}”${filtered ? ' with these filters' : ''}` : 'No products match these filters'}
      </h2>
      <p className="mx-auto mt-2 max-w-md text-sm text-muted">
        {filtered
          ? 'Try removing a filter or widening the price range.'
          : 'Check the spelling, try a more general word like “shoes” or “bag”, or browse a category.'}
      </p>
      <div className="mt-6 flex flex-wrap justify-center gap-2">
        {filtered && (
          <Link
            href={listingHref(basePath, { q: state.q, category: state.category, sort: state.sort, color: [], size: [] })}
            className={buttonClass('primary')}
          >
            Remove all filters
          </Link>
        )}
        {categories.map((c) => (
          <Link key={c.slug} href={`/c/${c.slug}`} className={buttonClass('secondary')}>
            {c.name}
          </Link>
        ))}
      </div>
    </div>
  )
}
