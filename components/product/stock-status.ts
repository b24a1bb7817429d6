import type { StockStatus, VariantStock } from '@/lib/inventory/schemas'

export type StockSummary = {
  available: number
  status: StockStatus
  aisle: string | null
  bay: string | null
}

/**
 * Stock of the chosen variant in one store, or of the whole colour when no size is chosen.
 * Pure, so the server render and the "use my location" client refresh agree.
 */
export function summarizeStock(variants: VariantStock[], colorCode: string, size: string | null): StockSummary {
  const matching = variants.filter((v) => v.colorCode === colorCode && (size === null || v.size === size))
  const available = matching.reduce((sum, v) => sum + v.available, 0)
  const status: StockStatus =
    available === 0 ? 'out' : matching.some((v) => v.status === 'in_stock') ? 'in_stock' : 'low'
  const located = matching.find((v) => v.available > 0 && v.aisle) ?? matching.find((v) => v.aisle)
  return { available, status, aisle: located?.aisle ?? null, bay: located?.bay ?? null }
}

export function stockLabel({ status, available }: Pick<StockSummary, 'status' | 'available'>): string {
  if (status === 'out') return 'Out of stock'
  if (status === 'low') return available === 1 ? 'Only 1 left' : `Only ${available} left`
  return 'In stock'
}
