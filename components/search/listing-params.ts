/**
 * The listing URL is the state: every facet lives in it so a result can be shared, and
 * every control is a plain link or GET form so it works without JavaScript.
 * Canonical form: comma lists for colour/size, prices in cents, no empty values.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>

export type ListingState = {
  q?: string
  category?: string
  color: string[]
  size: string[]
  minPrice?: string
  maxPrice?: string
  inStockAt?: string
  sort?: string
  cursor?: string
}

const listKeys = ['color', 'size'] as const
const scalarKeys = ['q', 'category', 'minPrice', 'maxPrice', 'inStockAt', 'sort', 'cursor'] as const
/** Dollar inputs of the filter form; the page turns them into cents. */
const dollarKeys = { min: 'minPrice', max: 'maxPrice' } as const

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const splitList = (v: string | string[] | undefined) =>
  (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)

function dollarsToCents(value: string): string {
  const n = Number(value)
  // An unreadable value is passed on as-is so validation can explain it, rather than silently dropped.
  return Number.isFinite(n) && value.trim() !== '' ? String(Math.round(n * 100)) : value
}

export function readListingState(raw: RawSearchParams): ListingState {
  const state: ListingState = { color: [...new Set(splitList(raw.color))], size: [...new Set(splitList(raw.size))] }
  for (const key of scalarKeys) {
    const v = first(raw[key])?.trim()
    if (v) state[key] = v
  }
  for (const [dollarKey, centsKey] of Object.entries(dollarKeys)) {
    const v = first(raw[dollarKey])?.trim()
    if (v) state[centsKey] = dollarsToCents(v)
  }
  return state
}

export function toSearchParams(state: ListingState): URLSearchParams {
  const out = new URLSearchParams()
  for (const key of scalarKeys) {
    if (key === 'cursor') continue
    const v = state[key]
    if (v) out.set(key, v)
  }
  for (const key of listKeys) if (state[key].length) out.set(key, state[key].join(','))
  if (state.cursor) out.set('cursor', state.cursor)
  return out
}

export function listingHref(basePath: string, state: ListingState, patch: Partial<ListingState> = {}): string {
  // Any change to the filters starts again at the first page.
  const next: ListingState = { ...state, cursor: undefined, ...patch }
  const qs = toSearchParams(next).toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** The canonical URL of any listing request, e.g. a submitted filter form. */
export function canonicalHref(basePath: string, raw: RawSearchParams, fixed: Partial<ListingState> = {}): string {
  const qs = toSearchParams({ ...readListingState(raw), ...fixed }).toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** The canonical URL when the request was not already canonical, else null. */
export function canonicalRedirect(basePath: string, raw: RawSearchParams, fixed: Partial<ListingState> = {}): string | null {
  const canonical = toSearchParams({ ...readListingState(raw), ...fixed })
  const incoming = new URLSearchParams()
  for (const [k, v] of Object.entries(raw)) {
    if (Array.isArray(v)) v.forEach((x) => incoming.append(k, x))
    else if (v !== undefined) incoming.append(k, v)
  }
  const sorted = (p: URLSearchParams) => [...p.entries()].map(([k, v]) => `${k}=${v}`).sort().join('&')
  if (sorted(canonical) === sorted(incoming)) return null
  const qs = canonical.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** The state as the record parseProductQuery expects. */
export function toQueryRecord(state: ListingState): Record<string, string> {
  return Object.fromEntries(toSearchParams(state))
}

export const hasFilters = (s: ListingState) =>
  s.color.length > 0 || s.size.length > 0 || !!s.minPrice || !!s.maxPrice || !!s.inStockAt
