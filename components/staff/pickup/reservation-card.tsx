import { formatMoney } from '@/components/ui/price'
import type { ReservationView } from '@/lib/reservations/schemas'
import type { TransferSource } from '@/lib/staff/desk'
import { storeTime, timeLeft } from '../desk-time'
import type { Locations } from './desk-context'
import { formatPickupCode } from '@/lib/reservations/pickup-code'
import { ReservationActions } from './reservation-actions'
import { ReservationLines } from './reservation-lines'
import { StatusChip } from './status-chip'

type ReservationCardProps = {
  reservation: ReservationView
  locations: Locations
  sources: TransferSource[]
  canTransfer: boolean
  now: Date
}

const leftChip = { ok: 'bg-sunken text-ink', soon: 'bg-warn-soft text-warn', overdue: 'bg-sale-soft text-sale' } as const

/** One open reservation on the desk: code, shopper, what to pick and where, the deadline, and what to do next. */
export function ReservationCard({ reservation: r, locations, sources, canTransfer, now }: ReservationCardProps) {
  const tz = r.store.timezone
  const items = r.lines.reduce((n, l) => n + l.quantity, 0)
  const left = r.pickupBy ? timeLeft(r.pickupBy, now) : null
  const canReholdHere = r.lines.every((l) => l.held >= l.quantity || (locations[l.variantId]?.available ?? 0) >= l.quantity - l.held)
  const codeId = `code-${r.id}`
  return (
    <article
      aria-labelledby={codeId}
      data-reservation={r.id}
      data-code={r.pickupCode}
      className={`rounded-xl border bg-surface p-4 shadow-xs ${r.status === 'attention' ? 'border-warn/40' : 'border-line'}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={codeId} className="font-mono text-xl font-bold tracking-wider">
          <span className="sr-only">Pickup code </span>
          {formatPickupCode(r.pickupCode)}
        </h3>
        {/* The lane already says the status; the chip says how long is left. */}
        {left && <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${leftChip[left.tone]}`}>{left.text}</span>}
      </div>
      <p className="mt-1 font-semibold">{r.customer?.name ?? 'Shopper'}</p>
      <p className="text-sm text-muted">
        {items} item{items === 1 ? '' : 's'} · {formatMoney(r.total)}
      </p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
        {r.placedAt && (
          <>
            <dt className="text-muted">Placed</dt>
            <dd>{storeTime(r.placedAt, tz, now)}</dd>
          </>
        )}
        {r.pickupBy && (
          <>
            <dt className="text-muted">Pick up by</dt>
            <dd>{storeTime(r.pickupBy, tz, now)}</dd>
          </>
        )}
      </dl>
      {r.status === 'attention' && r.attentionReason && (
        <p className="mt-2 rounded-lg bg-warn-soft px-3 py-2 text-sm font-medium text-warn">{r.attentionReason}</p>
      )}
      <div className="mt-3">
        <ReservationLines lines={r.lines} locations={locations} showHeld={r.status === 'attention'} />
      </div>
      {r.customer && (
        <details className="mt-2 text-sm">
          <summary className="inline-flex min-h-11 items-center font-semibold text-accent">Contact</summary>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 pb-1">
            <dt className="text-muted">Email</dt>
            <dd className="min-w-0 break-words">
              <a href={`mailto:${r.customer.email}`} className="underline-offset-4 hover:underline">
                {r.customer.email}
              </a>
            </dd>
            {r.customer.phone && (
              <>
                <dt className="text-muted">Phone</dt>
                <dd>
                  <a href={`tel:${r.customer.phone.replace(/[^\d+]/g, '')}`} className="underline-offset-4 hover:underline">
                    {r.customer.phone}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </details>
      )}
      <ReservationActions reservation={r} locations={locations} sources={sources} canTransfer={canTransfer} canReholdHere={canReholdHere} />
    </article>
  )
}

const closedText = { collected: 'Collected', cancelled: 'Cancelled', expired: 'Expired' } as const

/** A reservation closed today: a line of history, no actions. */
export function ClosedReservation({ reservation: r, now }: { reservation: ReservationView; now: Date }) {
  const status = r.status as keyof typeof closedText
  const items = r.lines.reduce((n, l) => n + l.quantity, 0)
  return (
    <article aria-labelledby={`code-${r.id}`} data-reservation={r.id} data-code={r.pickupCode} className="rounded-xl border border-line bg-surface px-4 py-3">
      <div className="flex items-start justify-between gap-2">
        <h3 id={`code-${r.id}`} className="font-mono text-base font-bold tracking-wider">
          <span className="sr-only">Pickup code </span>
          {formatPickupCode(r.pickupCode)}
        </h3>
        <StatusChip status={r.status} />
      </div>
      <p className="text-sm">
        <span className="font-semibold">{r.customer?.name ?? 'Shopper'}</span>
        <span className="text-muted">
          {' '}
          · {items} item{items === 1 ? '' : 's'}
        </span>
      </p>
      <p className="text-sm text-muted">
        {closedText[status] ?? r.status} {r.closedAt ? storeTime(r.closedAt, r.store.timezone, now) : ''}
      </p>
      {r.status === 'cancelled' && r.cancelReason && <p className="text-sm text-muted">“{r.cancelReason}”</p>}
    </article>
  )
}
