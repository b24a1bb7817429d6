import type { CSSProperties } from 'react'

type StarsProps = {
  value: number
  size?: 'sm' | 'md'
}

/**
 * Decorative stars; the accessible text is the numeric rating beside them. One element with a
 * star mask (see `.stars` in globals.css) instead of ten SVGs: a grid of cards stays light.
 */
export function Stars({ value, size = 'sm' }: StarsProps) {
  const fill = `${(Math.max(0, Math.min(5, value)) / 5) * 100}%`
  return (
    <span
      className={`stars ${size === 'md' ? 'h-5 w-25' : 'h-4 w-20'}`}
      style={{ '--fill': fill } as CSSProperties}
      aria-hidden="true"
    />
  )
}

type RatingProps = {
  average: number | null
  count: number
}

export function Rating({ average, count }: RatingProps) {
  if (average === null || count === 0) {
    return <p className="text-sm text-muted">No reviews yet</p>
  }
  return (
    <p className="flex items-center gap-1.5 text-sm text-muted">
      <Stars value={average} />
      <span>
        <span className="sr-only">Rated </span>
        {average.toFixed(1)}
        <span className="sr-only"> out of 5,</span> ({count}
        <span className="sr-only"> reviews</span>)
      </span>
    </p>
  )
}
