import { StarIcon } from './icons'

type StarsProps = {
  value: number
  size?: 'sm' | 'md'
}

/** Decorative stars; the accessible text is the numeric rating beside them. */
export function Stars({ value, size = 'sm' }: StarsProps) {
  const box = size === 'md' ? 'size-5' : 'size-4'
  return (
    <span className="inline-flex" aria-hidden="true">
      {[0, 1, 2, 3, 4].map((i) => {
        const fill = Math.max(0, Math.min(1, value - i))
        return (
          <span key={i} className={`relative ${box}`}>
            <StarIcon className={`absolute inset-0 ${box} text-line-strong`} />
            <span className="absolute inset-0 overflow-hidden" style={{ width: `${fill * 100}%` }}>
              <StarIcon className={`${box} text-star`} />
            </span>
          </span>
        )
      })}
    </span>
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
