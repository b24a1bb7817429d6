import Link from 'next/link'
import type { ColorOption } from '@/lib/catalog/schemas'
import { productHref } from './selection'

type ColorSwatchesProps = {
  handle: string
  colors: ColorOption[]
  selected: ColorOption
  size: string | null
}

/** Links, not radio buttons: the colour is in the URL, so the gallery and a shared link follow it. */
export function ColorSwatches({ handle, colors, selected, size }: ColorSwatchesProps) {
  return (
    <div>
      <h2 className="text-sm">
        <span className="font-semibold">Color:</span> {selected.name}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {colors.map((c) => {
          const current = c.code === selected.code
          return (
            <li key={c.code}>
              <Link
                href={productHref(handle, { color: c.code, size })}
                scroll={false}
                replace
                aria-current={current ? 'true' : undefined}
                aria-label={c.name}
                title={c.name}
                className="grid size-11 place-items-center rounded-full border-2 border-transparent hover:border-line-strong aria-[current]:border-ink"
              >
                <span className="size-8 rounded-full border border-black/20" style={{ backgroundColor: c.hex }} />
              </Link>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
