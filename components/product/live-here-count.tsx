'use client'

import { hereLabel } from '@/lib/inventory/in-store'
import { stockStatus } from '@/lib/inventory/stock-status'
import { storeIdsOf, totalOf, variantIdsOf, type StockCell } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'

const tones = { out: 'text-muted', low: 'text-warn', in_stock: 'text-ok' } as const

/** A colour swatch's "3 here" / "Out here", kept current by the live feed. */
export function LiveHereCount({ cells, since }: { cells: StockCell[]; since?: number }) {
  const live = useLiveStock(storeIdsOf(cells), variantIdsOf(cells), since)
  const available = totalOf(cells, live.availableAt)
  return (
    <span className={`block text-xs font-medium ${tones[stockStatus(available)]}`}>
      <span className="sr-only">, </span>
      {hereLabel({ available })}
    </span>
  )
}
