import type { ColorOption } from '@/lib/catalog/schemas'

const MAX_DOTS = 5

export function ColorDots({ colors }: { colors: ColorOption[] }) {
  if (colors.length <= 1) return null
  const shown = colors.slice(0, MAX_DOTS)
  const more = colors.length - shown.length
  return (
    <p className="flex items-center gap-1.5">
      <span className="sr-only">
        {colors.length} colors: {colors.map((c) => c.name).join(', ')}
      </span>
      {shown.map((c) => (
        <span
          key={c.code}
          aria-hidden="true"
          className="size-3.5 rounded-full border border-black/20"
          style={{ backgroundColor: c.hex }}
        />
      ))}
      {more > 0 && (
        <span aria-hidden="true" className="text-xs text-muted">
          +{more}
        </span>
      )}
    </p>
  )
}
