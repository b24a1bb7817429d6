import type { Availability } from '@/lib/inventory/schemas'
import type { AvailabilityRow } from './availability-list'
import { summarizeStock } from '@/lib/inventory/stock-status'

export function availabilityRows(
  availability: Availability,
  colorCode: string,
  size: string | null,
  myStoreId: string | null,
): AvailabilityRow[] {
  return availability.stores.map(({ store, variants }) => ({
    store,
    stock: summarizeStock(variants, colorCode, size),
    isMyStore: store.id === myStoreId,
  }))
}

/** Only the selected colour's rows travel to the browser. */
export function forColor(availability: Availability, colorCode: string): Availability {
  return {
    ...availability,
    stores: availability.stores.map((s) => ({ store: s.store, variants: s.variants.filter((v) => v.colorCode === colorCode) })),
  }
}
