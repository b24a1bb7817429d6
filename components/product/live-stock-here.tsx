'use client'

import { stockStatus } from '@/lib/inventory/stock-status'
import { storeIdsOf, totalOf, variantIdsOf, type StockCell } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'
import { StockBadge } from './stock-badge'

/** The in-store panel's "Stock here": the count and its badge, kept current by the live feed. */
export function LiveStockHere({ cells, since }: { cells: StockCell[]; since?: number }) {
  const live = useLiveStock(storeIdsOf(cells), variantIdsOf(cells), since)
  const available = totalOf(cells, live.availableAt)
  return (
    <>
      <span className="text-base font-semibold tabular-nums">{available}</span>
      <StockBadge status={stockStatus(available)} available={available} />
    </>
  )
}
