import Link from 'next/link'
import type { ReactNode } from 'react'
import { productHref } from './selection'
import { SizeChipText } from './size-chip-text'

export type SizeOption = {
  size: string
  /** Short line under the size: "3 left", "Out of stock", "In 4 stores". */
  note: string
  soldOut: boolean
  /** Colour of the note: green for a count on the shelf here; muted otherwise. */
  tone?: 'ok' | 'muted'
  /** The chip's inside when it changes on its own (a live count); else made from the fields above. */
  content?: ReactNode
}

type SizeSelectorProps = {
  handle: string
  colorCode: string
  options: SizeOption[]
  selected: string | null
  /** Where the notes were measured: "at Aisle Wicker Park" or "in stores"; omitted when the heading around says it. */
  context?: string
  /** h3 inside a section that has its own heading (the in-store panel). */
  headingLevel?: 'h2' | 'h3'
}

export function SizeSelector({ handle, colorCode, options, selected, context, headingLevel: Heading = 'h2' }: SizeSelectorProps) {
  return (
    <div>
      <Heading className="text-sm">
        <span className="font-semibold">Size:</span> {selected ?? 'Choose a size'}
        {context && <span className="text-muted"> · stock {context}</span>}
      </Heading>
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
                {o.content ?? <SizeChipText size={o.size} note={o.note} soldOut={o.soldOut} current={current} tone={o.tone} />}
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
