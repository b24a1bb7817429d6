import Link from 'next/link'
import type { ColorOption } from '@/lib/catalog/schemas'
import type { StockCell } from '@/components/live/stock-cells'
import { LiveHereCount } from './live-here-count'
import { productHref } from './selection'

type InStoreColorsProps = {
  handle: string
  colors: ColorOption[]
  /** Each colour's cells here (in the chosen size, if any); the live feed keeps their count current. */
  stock: { colorCode: string; cells: StockCell[] }[]
  selected: ColorOption
  size: string | null
  since?: number
}

/** Every colour with its count on this store's shelves; each a link, like the swatches it replaces. */
export function InStoreColors({ handle, colors, stock, selected, size, since }: InStoreColorsProps) {
  const here = new Map(stock.map((s) => [s.colorCode, s.cells]))
  return (
    <div>
      <h3 className="text-sm">
        <span className="font-semibold">Color:</span> {selected.name}
        {size && <span className="text-muted"> · counts in size {size}</span>}
      </h3>
      <ul className="mt-2 grid grid-cols-2 gap-2">
        {colors.map((c) => (
          <li key={c.code}>
            <Link
              href={productHref(handle, { color: c.code, size })}
              scroll={false}
              replace
              aria-current={c.code === selected.code ? 'true' : undefined}
              className="flex min-h-14 items-center gap-3 rounded-lg border border-line-strong bg-surface px-3 py-2 hover:border-ink aria-[current]:border-ink aria-[current]:ring-1 aria-[current]:ring-ink"
            >
              <span className="size-7 shrink-0 rounded-full border border-black/20" style={{ backgroundColor: c.hex }} />
              <span className="min-w-0 leading-tight">
                <span className="block truncate text-sm font-semibold">{c.name}</span>
                <LiveHereCount cells={here.get(c.code) ?? []} since={since} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
