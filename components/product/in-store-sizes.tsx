import { hereLabel, type StockHere } from '@/lib/inventory/in-store'
import type { StockCell } from '@/components/live/stock-cells'
import { LiveSizeChip } from './live-size-chip'
import { SizeSelector } from './size-selector'

type InStoreSizesProps = {
  handle: string
  colorCode: string
  /** Each size with its count here, and the cells the live feed keeps that count current from. */
  sizes: ({ size: string; cells: StockCell[] } & StockHere)[]
  selected: string | null
  since?: number
}

/** Every size of the selected colour with its count here; choosing one narrows the panel to it. */
export function InStoreSizes({ handle, colorCode, sizes, selected, since }: InStoreSizesProps) {
  return (
    <SizeSelector
      handle={handle}
      colorCode={colorCode}
      selected={selected}
      headingLevel="h3"
      options={sizes.map((s) => ({
        size: s.size,
        note: hereLabel(s),
        soldOut: s.status === 'out',
        tone: 'ok',
        content: <LiveSizeChip size={s.size} current={s.size === selected} cells={s.cells} count="here" since={since} />,
      }))}
    />
  )
}
