import { Stars } from '@/components/ui/stars'

type RatingSummaryProps = { average: number | null; count: number; histogram: number[] }

export function RatingSummary({ average, count, histogram }: RatingSummaryProps) {
  if (average === null || count === 0) {
    return <p className="text-sm text-muted">No reviews yet. Bought it? Tell us what you think in store.</p>
  }
  return (
    <div className="grid gap-6 sm:grid-cols-[auto_1fr] sm:items-center">
      <div>
        <p className="text-4xl font-bold tabular-nums">{average.toFixed(1)}</p>
        <Stars value={average} size="md" />
        <p className="mt-1 text-sm text-muted">
          <span className="sr-only">Average {average.toFixed(1)} out of 5 from </span>
          {count} {count === 1 ? 'review' : 'reviews'}
        </p>
      </div>
      <dl className="flex flex-col gap-1.5">
        {[5, 4, 3, 2, 1].map((star) => {
          const n = histogram[star - 1] ?? 0
          const pct = count ? Math.round((n / count) * 100) : 0
          return (
            <div key={star} className="grid grid-cols-[3.5rem_1fr_2.5rem] items-center gap-2 text-sm">
              <dt className="text-muted">{star} star</dt>
              <dd className="h-2 overflow-hidden rounded-full bg-sunken" aria-hidden="true">
                <div className="h-full rounded-full bg-star" style={{ width: `${pct}%` }} />
              </dd>
              <dd className="text-right text-muted tabular-nums">
                {n}
                <span className="sr-only"> reviews</span>
              </dd>
            </div>
          )
        })}
      </dl>
    </div>
  )
}
