import Link from 'next/link'
import type { InStoreView } from '@/lib/inventory/in-store'
import { AvailabilityList } from './availability-list'

type InStoreNearbyProps = {
  id: string
  view: InStoreView
  /** What the stock refers to: "Black, size M" or "Black, any size". */
  variantLabel: string
}

/** Other stores that have it, measured from the store the shopper is standing in. */
export function InStoreNearby({ id, view, variantLabel }: InStoreNearbyProps) {
  const { nearby, nearbyTotal, store } = view
  const more = nearbyTotal - nearby.length
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-4">
      <h2 id={`${id}-heading`} className="text-lg font-bold tracking-tight">
        Nearby stores with it
      </h2>
      <p className="mt-1 text-sm text-muted">
        {variantLabel} · distance from {store.name}
      </p>
      {nearby.length > 0 ? (
        <div className="mt-2">
          <AvailabilityList rows={nearby.map((n) => ({ ...n, isMyStore: false }))} />
        </div>
      ) : (
        <p className="mt-3 text-sm">No other store has it right now.</p>
      )}
      {more > 0 && (
        <Link href="#availability" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
          See all {nearbyTotal} stores with it
        </Link>
      )}
    </section>
  )
}
