import { hereLabel, type StockHere } from '@/lib/inventory/in-store'
import { SizeSelector } from './size-selector'

type InStoreSizesProps = {
  handle: string
  colorCode: string
  sizes: ({ size: string } & StockHere)[]
  selected: string | null
}

/** Every size of the selected colour with its count here; choosing one narrows the panel to it. */
export function InStoreSizes({ handle, colorCode, sizes, selected }: InStoreSizesProps) {
  return (
    <SizeSelector
      handle={handle}
      colorCode={colorCode}
      selected={selected}
      headingLevel="h3"
      options={sizes.map((s) => ({ size: s.size, note: hereLabel(s), soldOut: s.status === 'out', tone: 'ok' }))}
    />
  )
}
