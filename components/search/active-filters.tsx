import Link from 'next/link'
import type { ProductFacets } from '@/lib/catalog/schemas'
import { formatMoney } from '@/components/ui/price'
import { hasFilters, listingHref, type ListingState } from './listing-params'

type ActiveFiltersProps = {
  basePath: string
  state: ListingState
  facets: ProductFacets
  storeName: string | null
  currency: string
}

const chipClass =
  'inline-flex min-h-11 items-center gap-1.5 rounded-full border border-line-strong bg-surface px-3 text-sm hover:border-ink'

/** Each chip is a link to the same listing without that one filter. */
export function ActiveFilters({ basePath, state, facets, storeName, currency }: ActiveFiltersProps) {
  if (!hasFilters(state)) return null
  const colorLabel = (code: string) => facets.colors.find((c) => c.value === code)?.label ?? code
  const money = (cents?: string) => (cents ? formatMoney({ amount: Number(cents), currency }) : '')
  const chips: { key: string; label: string; href: string }[] = [
    ...state.color.map((c) => ({
      key: `color-${c}`,
      label: colorLabel(c),
      href: listingHref(basePath, state, { color: state.color.filter((x) => x !== c) }),
    })),
    ...state.size.map((s) => ({
      key: `size-${s}`,
      label: `Size ${s}`,
      href: listingHref(basePath, state, { size: state.size.filter((x) => x !== s) }),
    })),
  ]
  if (state.minPrice || state.maxPrice) {
    const label =
      state.minPrice && state.maxPrice
        ? `${money(state.minPrice)} – ${money(state.maxPrice)}`
        : state.minPrice
          ? `From ${money(state.minPrice)}`
          : `Up to ${money(state.maxPrice)}`
    chips.push({ key: 'price', label, href: listingHref(basePath, state, { minPrice: undefined, maxPrice: undefined }) })
  }
  if (state.inStockAt) {
    chips.push({
      key: 'stock',
      label: `In stock at ${storeName ?? 'the chosen store'}`,
      href: listingHref(basePath, state, { inStockAt: undefined }),
    })
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">Active filters</h2>
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <Link href={c.href} className={chipClass}>
              {c.label}
              <span aria-hidden="true" className="text-muted">
                ×
              </span>
              <span className="sr-only">(remove filter)</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={listingHref(basePath, { q: state.q, category: state.category, sort: state.sort, color: [], size: [] })}
        className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-accent hover:underline"
      >
        Clear all
      </Link>
    </div>
  )
}
