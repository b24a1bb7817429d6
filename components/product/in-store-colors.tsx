import Link from 'next/link'
import type { ColorOption } from '@/lib/catalog/schemas'
import { hereLabel, type StockHere } from '@/lib/inventory/in-store'
import { productHref } from './selection'

type InStoreColorsProps = {
  handle: string
  colors: ColorOption[]
  stock: ({ colorCode: string } & StockHere)[]
  selected: ColorOption
  size: string | null
}

const countTone = (s: StockHere) => (s.status === 'out' ? 'text-muted' : s.status === 'low' ? 'text-warn' : 'text-ok')

/** Every colour with its count on this store's shelves; each a link, like the swatches it replaces. */
export function InStoreColors({ handle, colors, stock, selected, size }: InStoreColorsProps) {
  const here = new Map(stock.map((s) => [s.colorCode, s]))
  return (
    <div>
      <h3 className="text-sm">
        <span className="font-semibold">Color:</span> {selected.name}
        {size && <span className="text-muted"> · counts in size {size}</span>}
      </h3>
      <ul className="mt-2 grid grid-cols-2 gap-2">
        {colors.map((c) => {
          const s = here.get(c.code) ?? { available: 0, status: 'out' as const }
          return (
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
                  <span className={`block text-xs font-medium ${countTone(s)}`}>
                    <span className="sr-only">, </span>
                    {hereLabel(s)}
                  </span>
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
