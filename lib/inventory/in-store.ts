import type { StoreSummary } from '../stores/schemas'
import type { Availability, StockStatus } from './schemas'
import { summarizeStock, type StockSummary } from './stock-status'

// Pure (no database): what a shopper standing in one store sees on a product page.

export type StockHere = { available: number; status: StockStatus }

export type InStoreView = {
  store: StoreSummary
  /** The selected variant here, or the whole colour when no size is chosen; with its shelf. */
  selected: StockSummary
  /** Every size of the selected colour here, in the product's size order. */
  sizes: ({ size: string } & StockHere)[]
  /** Every colour here: in the selected size when one is chosen, else all sizes together. */
  colors: ({ colorCode: string } & StockHere)[]
  /** Other stores with the selection on the shelf, nearest to this store first. */
  nearby: { store: StoreSummary; stock: StockSummary }[]
  /** How many other stores have it, including those left out of `nearby`. */
  nearbyTotal: number
}

export type InStoreQuery = {
  storeId: string
  /** The product's colour codes and sizes, in display order. */
  colorCodes: string[]
  sizes: string[]
  colorCode: string
  size: string | null
  nearbyLimit?: number
}

const DEFAULT_NEARBY = 3

const byDistance = (a: StoreSummary, b: StoreSummary) =>
  (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || a.name.localeCompare(b.name)

const here = ({ available, status }: StockSummary): StockHere => ({ available, status })

/**
 * The in-store answer for one selection, or null when the store is not in the answer. Distances
 * are whatever `availability` was measured from: ask getAvailability from the store's own point.
 */
export function inStoreView(availability: Availability, q: InStoreQuery): InStoreView | null {
  const mine = availability.stores.find((s) => s.store.id === q.storeId)
  if (!mine) return null
  const others = availability.stores
    .filter((s) => s.store.id !== q.storeId)
    .map((s) => ({ store: s.store, stock: summarizeStock(s.variants, q.colorCode, q.size) }))
    .filter((s) => s.stock.available > 0)
    .sort((a, b) => byDistance(a.store, b.store))
  return {
    store: mine.store,
    selected: summarizeStock(mine.variants, q.colorCode, q.size),
    sizes: q.sizes.map((size) => ({ size, ...here(summarizeStock(mine.variants, q.colorCode, size)) })),
    colors: q.colorCodes.map((colorCode) => ({ colorCode, ...here(summarizeStock(mine.variants, colorCode, q.size)) })),
    nearby: others.slice(0, q.nearbyLimit ?? DEFAULT_NEARBY),
    nearbyTotal: others.length,
  }
}

/** "3 here" / "Out here": the short count on a size chip or colour swatch. */
export function hereLabel({ available }: Pick<StockHere, 'available'>): string {
  return available > 0 ? `${available} here` : 'Out here'
}
