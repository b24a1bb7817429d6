import type { ProductFacets } from '@/lib/catalog/schemas'

type SizeFacetProps = { idPrefix: string; options: ProductFacets['sizes']; selected: string[] }

export function SizeFacet({ idPrefix, options, selected }: SizeFacetProps) {
  if (options.length === 0) return null
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">Size</legend>
      <ul className="flex flex-wrap gap-2">
        {options.map((o) => {
          const id = `${idPrefix}-size-${o.value}`
          return (
            <li key={o.value}>
              <input
                id={id}
                type="checkbox"
                name="size"
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="peer sr-only"
              />
              <label
                htmlFor={id}
                className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-line-strong bg-surface px-3 text-sm peer-checked:border-ink peer-checked:bg-ink peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent hover:border-ink"
              >
                {o.label}
                <span className="sr-only"> ({o.count} products)</span>
              </label>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
