import Link from 'next/link'
import { listingHref, type ListingState } from './listing-params'

const presets = [
  { label: 'Under $25', min: undefined, max: 2500 },
  { label: '$25 – $50', min: 2500, max: 5000 },
  { label: '$50 – $100', min: 5000, max: 10000 },
  { label: '$100 & up', min: 10000, max: undefined },
]

const toDollars = (cents?: string) => {
  const n = Number(cents)
  return cents && Number.isFinite(n) ? String(n / 100) : ''
}

type PriceFacetProps = { idPrefix: string; basePath: string; state: ListingState }

/** Dollars in the form (what people type), cents in the canonical URL (what the catalog reads). */
export function PriceFacet({ idPrefix, basePath, state }: PriceFacetProps) {
  const inputClass =
    'h-11 w-full rounded-lg border border-line-strong bg-surface pr-2 pl-6 text-base tabular-nums focus:border-accent'
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">Price</legend>
      <div className="grid grid-cols-2 gap-2">
        {(['min', 'max'] as const).map((field) => (
          <div key={field}>
            <label htmlFor={`${idPrefix}-${field}`} className="mb-1 block text-xs text-muted">
              {field === 'min' ? 'Min ($)' : 'Max ($)'}
            </label>
            <div className="relative">
              <span aria-hidden="true" className="absolute top-1/2 left-2.5 -translate-y-1/2 text-sm text-muted">
                $
              </span>
              <input
                id={`${idPrefix}-${field}`}
                name={field}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                defaultValue={toDollars(field === 'min' ? state.minPrice : state.maxPrice)}
                className={inputClass}
              />
            </div>
          </div>
        ))}
      </div>
      <ul className="mt-2 flex flex-wrap gap-1">
        {presets.map((p) => {
          const active = state.minPrice === p.min?.toString() && state.maxPrice === p.max?.toString()
          return (
            <li key={p.label}>
              <Link
                href={listingHref(basePath, state, { minPrice: p.min?.toString(), maxPrice: p.max?.toString() })}
                aria-current={active ? 'true' : undefined}
                className="inline-flex min-h-11 items-center rounded-full px-3 text-sm text-ink underline-offset-4 hover:underline aria-[current]:bg-accent-soft aria-[current]:font-semibold"
              >
                {p.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
