import type { ProductFacets } from '@/lib/catalog/schemas'

type ColorFacetProps = { idPrefix: string; options: ProductFacets['colors']; selected: string[] }

export function ColorFacet({ idPrefix, options, selected }: ColorFacetProps) {
  if (options.length === 0) return null
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">Color</legend>
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const id = `${idPrefix}-color-${o.value}`
          return (
            <li key={o.value}>
              <input
                id={id}
                type="checkbox"
                name="color"
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="peer sr-only"
              />
              <label
                htmlFor={id}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line-strong bg-surface py-1 pr-3 pl-1.5 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent hover:border-ink"
              >
                <span
                  aria-hidden="true"
                  className="size-6 shrink-0 rounded-full border border-black/25 ring-white"
                  style={{ backgroundColor: o.hex }}
                />
                <span>{o.label}</span>
                <span className="sr-only">({o.count} products)</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
