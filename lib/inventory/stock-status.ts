import type { StockStatus, VariantStock } from './schemas'

// Pure (no database): the storefront's client components use these too, so every screen agrees.

/** At or below this many units a shelf is "low": shoppers are told "only N left". */
export const LOW_STOCK_THRESHOLD = 2

export function stockStatus(available: number): StockStatus {
  if (available <= 0) return 'out'
  return available <= LOW_STOCK_THRESHOLD ? 'low' : 'in_stock'
}

export type StockSummary = {
  available: number
  status: StockStatus
  aisle: string | null
  bay: string | null
}

/**
 * Stock of one variant in one store, or of a whole colour when no size is chosen; the status of
 * the total follows the same threshold as a single shelf. Where to find it: a shelf that has some.
 */
export function summarizeStock(variants: VariantStock[], colorCode: string, size: string | null): StockSummary {
  const matching = variants.filter((v) => v.colorCode === colorCode && (size === null || v.size === size))
  const available = matching.reduce((sum, v) => sum + v.available, 0)
  const located = matching.find((v) => v.available > 0 && v.aisle) ?? matching.find((v) => v.aisle)
  return { available, status: stockStatus(available), aisle: located?.aisle ?? null, bay: located?.bay ?? null }
}
