import type { Availability, VariantStock } from '@/lib/inventory/schemas'
import { stockStatus } from '@/lib/inventory/stock-status'

// Pure: the few numbers a live component needs to recompute what it shows, and the sums it shows.

/** One variant's availability in one store, as the page was rendered. */
export type StockCell = { storeId: string; variantId: string; available: number }

export type AvailableAt = (storeId: string, variantId: string, initial: number) => number

/** One store's cells of the variants `pick` chooses. */
export const cellsAt = (storeId: string, variants: VariantStock[], pick: (v: VariantStock) => boolean): StockCell[] =>
  variants.filter(pick).map((v) => ({ storeId, variantId: v.variantId, available: v.available }))

/** The cells of the variants `pick` chooses, in every store (or those `inStore` chooses). */
export function stockCells(
  availability: Availability,
  pick: (v: VariantStock) => boolean,
  inStore: (storeId: string) => boolean = () => true,
): StockCell[] {
  return availability.stores.flatMap(({ store, variants }) => (inStore(store.id) ? cellsAt(store.id, variants, pick) : []))
}

/** A colour, in one size or (size null) all of them: what "Black, size M" or "Black, any size" means. */
export const selection = (colorCode: string, size: string | null) => (v: VariantStock) =>
  v.colorCode === colorCode && (size === null || v.size === size)

/** Units available across `cells` (one store's sizes of a colour, say). */
export const totalOf = (cells: StockCell[], at: AvailableAt) => cells.reduce((n, c) => n + at(c.storeId, c.variantId, c.available), 0)

/** How many stores have any of `cells` available. */
export function storesWithStock(cells: StockCell[], at: AvailableAt): number {
  const stocked = new Set(cells.filter((c) => at(c.storeId, c.variantId, c.available) > 0).map((c) => c.storeId))
  return stocked.size
}

export const storeIdsOf = (cells: StockCell[]) => [...new Set(cells.map((c) => c.storeId))].sort()
export const variantIdsOf = (cells: StockCell[]) => [...new Set(cells.map((c) => c.variantId))].sort()

/** The availability with streamed levels applied; statuses follow from the new counts. */
export function patchAvailability(availability: Availability, at: AvailableAt): Availability {
  return {
    ...availability,
    stores: availability.stores.map(({ store, variants }) => ({
      store,
      variants: variants.map((v) => {
        const available = at(store.id, v.variantId, v.available)
        return available === v.available ? v : { ...v, available, status: stockStatus(available) }
      }),
    })),
  }
}
