import Link from 'next/link'
import { formatDistance } from '@/components/store/format-distance'
import type { HoldFormState } from './form-state'
import { reserveHref, type ReserveTarget } from './reserve-href'

type SoldOutNoticeProps = { shortage: NonNullable<HoldFormState['shortage']>; target: Omit<ReserveTarget, 'store'> }

/** The store ran out while the shopper was choosing: say so plainly and offer the nearest that have it. */
export function SoldOutNotice({ shortage, target }: SoldOutNoticeProps) {
  const { storeName, available, alternatives } = shortage
  return (
    <div role="alert" className="rounded-xl border border-warn/30 bg-warn-soft p-4">
      <h2 className="text-base font-semibold text-ink">
        {available === 0 ? `Just sold out at ${storeName}` : `Only ${available} left at ${storeName}`}
      </h2>
      <p className="mt-1 text-sm text-ink">
        {available === 0
          ? 'Someone got the last one a moment ago. Nothing was held or charged.'
          : `Choose ${available === 1 ? '1' : `${available} or fewer`}, or reserve at a store that has enough.`}
      </p>
      {alternatives.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-semibold text-ink">Nearby stores that have it</p>
          <ul className="mt-1 divide-y divide-warn/20">
            {alternatives.map((alt) => (
              <li key={alt.storeId} className="flex items-center justify-between gap-3 py-2">
                <div className="min-w-0 text-sm">
                  <p className="font-semibold text-ink">{alt.name}</p>
                  <p className="text-ink">
                    {formatDistance(alt.distanceKm)} · {alt.available} available
                  </p>
                </div>
                <Link
                  href={reserveHref({ ...target, store: alt.storeId })}
                  className="inline-flex min-h-11 shrink-0 items-center rounded-full border border-ink/40 bg-surface px-4 text-sm font-semibold text-ink hover:border-ink"
                >
                  Reserve there<span className="sr-only"> — {alt.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-3 text-sm text-ink">No other store nearby has enough right now.</p>
      )}
    </div>
  )
}
