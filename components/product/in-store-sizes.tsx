import Link from 'next/link'
import { hereLabel, type StockHere } from '@/lib/inventory/in-store'
import { productHref } from './selection'

type InStoreSizesProps = {
  handle: string
  colorCode: string
  sizes: ({ size: string } & StockHere)[]
  selected: string | null
}

/** Every size of the selected colour with its count here; choosing one narrows the panel to it. */
export function InStoreSizes({ handle, colorCode, sizes, selected }: InStoreSizesProps) {
  return (
    <div>
      <h3 className="text-sm">
        <span className="font-semibold">Size:</span> {selected ?? 'Choose a size'}
      </h3>
      <ul className="mt-2 grid grid-cols-5 gap-2 sm:grid-cols-6">
        {sizes.map((s) => {
          const current = s.size === selected
          const out = s.status === 'out'
          return (
            <li key={s.size}>
              <Link
                href={productHref(handle, { color: colorCode, size: s.size })}
                scroll={false}
                replace
                aria-current={current ? 'true' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center rounded-lg border px-1 py-1.5 text-center ${
                  current ? 'border-ink bg-ink text-white' : 'border-line-strong bg-surface hover:border-ink'
                }`}
              >
                <span className={`text-sm font-semibold ${out && !current ? 'text-muted line-through' : ''}`}>{s.size}</span>
                <span className={`text-[0.6875rem] leading-tight ${current ? 'text-white' : out ? 'text-muted' : 'text-ok'}`}>
                  <span className="sr-only">, </span>
                  {hereLabel(s)}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
