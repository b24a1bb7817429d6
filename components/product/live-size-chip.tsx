'use client'

import { hereLabel } from '@/lib/inventory/in-store'
import { storesWithStock, storeIdsOf, totalOf, variantIdsOf, type StockCell } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'
import { SizeChipText, storesNote } from './size-chip-text'

/** "In 3 stores" / "Out of stock": a size's note before a store is chosen. */

type LiveSizeChipProps = {
  size: string
  current: boolean
  cells: StockCell[]
  /** `here`: the count on this store's shelf ("3 here"); `stores`: how many stores have it. */
  count: 'here' | 'stores'
  since?: number
}

/** A size chip's inside, kept current by the live feed. */
export function LiveSizeChip({ size, current, cells, count, since }: LiveSizeChipProps) {
  const live = useLiveStock(storeIdsOf(cells), variantIdsOf(cells), since)
  const n = count === 'here' ? totalOf(cells, live.availableAt) : storesWithStock(cells, live.availableAt)
  return (
    <SizeChipText
      size={size}
      current={current}
      soldOut={n === 0}
      note={count === 'here' ? hereLabel({ available: n }) : storesNote(n)}
      tone={count === 'here' ? 'ok' : 'muted'}
    />
  )
}
