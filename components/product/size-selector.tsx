import Link from 'next/link'
import { productHref } from './selection'

export type SizeOption = {
  size: string
  /** Short line under the size: "3 left", "Out of stock", "In 4 stores". */
  note: string
  soldOut: boolean
}

type SizeSelectorProps = {
  handle: string
  colorCode: string
  options: SizeOption[]
  selected: string | null
  /** Where the notes were measured: "at Aisle Wicker Park" or "in stores". */
  context: string
}

export function SizeSelector({ handle, colorCode, options, selected, context }: SizeSelectorProps) {
  return (
    <div>
      <h2 className="text-sm">
        <span className="font-semibold">Size:</span> {selected ?? 'Choose a size'}
        <span className="text-muted"> · stock {context}</span>
      </h2>
      <ul className="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-5">
        {options.map((o) => {
          const current = o.size === selected
          return (
            <li key={o.size}>
              <Link
                href={productHref(handle, { color: colorCode, size: o.size })}
                scroll={false}
                replace
                aria-current={current ? 'true' : undefined}
                className={`flex min-h-14 flex-col items-center justify-center rounded-lg border px-1 py-1.5 text-center ${
                  current ? 'border-ink bg-ink text-white' : 'border-line-strong bg-surface hover:border-ink'
                }`}
              >
                <span className={`text-sm font-semibold ${o.soldOut && !current ? 'text-muted line-through' : ''}`}>
                  {o.size}
                </span>
                <span className={`text-[0.6875rem] leading-tight ${current ? 'text-white' : 'text-muted'}`}>
                  <span className="sr-only">, </span>
                  {o.note}
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
