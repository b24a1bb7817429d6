import Link from 'next/link'
import type { ReservationView } from '@/lib/reservations/schemas'
import { buttonClass } from '@/components/ui/button-styles'
import { CheckIcon } from '@/components/ui/icons'
import { HoldLapsed } from './hold-lapsed'
import { ReservationItems } from './reservation-items'

type ReservationClosedProps = { reservation: ReservationView; reserveAgainHref: string; closedOn: string | null }

/** Collected, cancelled or expired: what happened and why, and the way back to reserve again. */
export function ReservationClosed({ reservation: r, reserveAgainHref, closedOn }: ReservationClosedProps) {
  const wasHold = !r.placedAt
  if (r.status === 'expired' && wasHold) return <HoldLapsed retryHref={reserveAgainHref} />
  const copy =
    r.status === 'collected'
      ? { title: 'Collected — enjoy it', body: `Picked up at ${r.store.name}${closedOn ? ` on ${closedOn}` : ''}. Thanks for shopping with us.` }
      : r.status === 'expired'
        ? { title: 'Reservation expired', body: `${r.cancelReason ?? 'It was not collected in time.'} The items went back on the shelf and nothing was charged.` }
        : wasHold
          ? { title: 'Hold released', body: 'The item is back on the shelf. Nothing was reserved or charged.' }
          : { title: 'Reservation cancelled', body: `${r.cancelReason ?? 'This reservation was cancelled.'} Nothing was charged.` }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ${r.status === 'collected' ? 'bg-ok-soft text-ok' : 'bg-sunken text-muted'}`}>
          {r.status === 'collected' && <CheckIcon className="size-3.5" />}
          {r.status === 'collected' ? 'Collected' : r.status === 'expired' ? 'Expired' : 'Cancelled'}
        </p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">{copy.title}</h1>
        <p className="mt-1 text-sm text-muted">{copy.body}</p>
      </div>
      <ReservationItems lines={r.lines} total={r.total} heading={r.status === 'collected' ? 'Your items' : `Was reserved at ${r.store.name}`} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Link href={reserveAgainHref} className={buttonClass('primary', 'min-h-12 text-base')}>
          Reserve again
        </Link>
        <Link href="/" className={buttonClass('secondary', 'min-h-12 text-base')}>
          Continue shopping
        </Link>
      </div>
    </div>
  )
}
