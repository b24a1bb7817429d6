import Link from 'next/link'
import type { Store } from '@/lib/stores/schemas'
import { PhoneIcon, PinIcon } from '@/components/ui/icons'
import { hoursToday } from './pickup-time'

/** Where to go: the store, its address and phone, and whether it is open today. */
export function PickupStore({ store, now }: { store: Store; now: Date }) {
  const { address } = store
  return (
    <section aria-labelledby="pickup-store-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="pickup-store-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Pick up at
      </h2>
      <div className="mt-2 flex items-start gap-2">
        <PinIcon className="mt-0.5 size-5 shrink-0 text-accent" />
        <div className="min-w-0 flex-1">
          <p className="text-base font-semibold">
            <Link href={`/stores/${store.slug}`} className="underline-offset-4 hover:underline">
              {store.name}
            </Link>
          </p>
          <address className="text-sm not-italic">
            {address.line1}, {address.city}, {address.region} {address.postalCode}
          </address>
          <p className="mt-1 text-sm">
            {hoursToday(store.hours, store.timezone, now)}
            {store.openNow.open ? <span className="text-ok"> · open now</span> : <span className="text-muted"> · {store.openNow.label}</span>}
          </p>
          <a
            href={`tel:${store.phone.replace(/[^\d+]/g, '')}`}
            className="mt-1 inline-flex min-h-11 items-center gap-1.5 text-sm font-medium text-accent hover:underline"
          >
            <PhoneIcon className="size-4" />
            <span className="sr-only">Call the store, </span>
            {store.phone}
          </a>
        </div>
      </div>
    </section>
  )
}
