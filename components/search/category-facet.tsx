import Link from 'next/link'
import type { ProductFacets } from '@/lib/catalog/schemas'
import { listingHref, type ListingState } from './listing-params'

type CategoryFacetProps = { basePath: string; state: ListingState; options: ProductFacets['categories'] }

export function CategoryFacet({ basePath, state, options }: CategoryFacetProps) {
  if (options.length === 0) return null
  return (
    <nav aria-label="Filter by category">
      <h2 className="mb-2 text-sm font-semibold">Category</h2>
      <ul>
        {[{ value: '', label: 'All categories', count: null as number | null }, ...options].map((o) => {
          const active = (state.category ?? '') === o.value
          return (
            <li key={o.value || 'all'}>
              <Link
                href={listingHref(basePath, state, { category: o.value || undefined })}
                aria-current={active ? 'true' : undefined}
                className="flex min-h-11 items-center justify-between rounded-lg px-2 text-sm hover:bg-sunken aria-[current]:bg-accent-soft aria-[current]:font-semibold"
              >
                {o.label}
                {o.count !== null && <span className="text-xs text-muted">{o.count}</span>}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
