'use client'

import { storesWithStock, storeIdsOf, variantIdsOf, type StockCell } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'

/** "In stock at 3 stores" / "Out of stock in all stores", kept current by the live feed. */
export function LiveStoresWithStock({ cells, since }: { cells: StockCell[]; since?: number }) {
  const live = useLiveStock(storeIdsOf(cells), variantIdsOf(cells), since)
  const n = storesWithStock(cells, live.availableAt)
  return <span className="font-semibold">{n > 0 ? `In stock at ${n} ${n === 1 ? 'store' : 'stores'}` : 'Out of stock in all stores'}</span>
}
