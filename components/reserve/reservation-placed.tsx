import type { ReservationView } from '@/lib/reservations/schemas'
import type { Store } from '@/lib/stores/schemas'
import { CancelReservation } from './cancel-reservation'
import { NextSteps } from './next-steps'
import { PickupDeadline } from './pickup-deadline'
import { PickupPass } from './pickup-pass'
import { PickupStore } from './pickup-store'
import { formatPickupBy } from './pickup-time'
import { ReservationItems } from './reservation-items'
import { StatusTracker } from './status-tracker'

type ReservationPlacedProps = {
  reservation: ReservationView
  store: Store
  now: Date
  cancelAction: (form: FormData) => Promise<void>
  accessKey: string
  confirmCancelHref: string
  /** The no-JavaScript confirmation step, shown in place of the Cancel button when asked for. */
  cancelStep: React.ReactNode
}

const headline = (r: ReservationView) =>
  r.status === 'ready'
    ? { title: 'Ready for pickup', body: `It’s set aside for you at the desk in ${r.store.name}.` }
    : r.status === 'attention'
      ? {
          title: 'Reserved — the store is on it',
          body: 'Something we were holding for you is no longer on the shelf. The team is finding you another and will email you — there’s nothing you need to do.',
        }
      : { title: 'Reserved', body: `We’re getting it ready at ${r.store.name}. We’ll email you when it’s set aside.` }

/** Placed, ready, or being sorted out by staff: the pass to show, where and by when, and a way out. */
export function ReservationPlaced({ reservation: r, store, now, cancelAction, accessKey, confirmCancelHref, cancelStep }: ReservationPlacedProps) {
  const { title, body } = headline(r)
  const deadline = r.pickupBy ? formatPickupBy(r.pickupBy, r.store.timezone) : null
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h1>
        <p className={`mt-2 text-sm ${r.status === 'attention' ? 'rounded-xl bg-warn-soft p-3 text-ink' : 'text-muted'}`}>{body}</p>
      </div>
      <StatusTracker status={r.status} />
      <PickupPass pickupToken={r.pickupToken} pickupCode={r.pickupCode} />
      {r.pickupBy && deadline && <PickupDeadline pickupBy={r.pickupBy} deadline={deadline} serverNow={now.getTime()} />}
      <PickupStore store={store} now={now} />
      <ReservationItems lines={r.lines} total={r.total} />
      <NextSteps status={r.status} storeName={r.store.name} deadline={deadline ?? 'the deadline'} />
      <div id="cancel" className="scroll-mt-4 border-t border-line pt-4">
        {cancelStep ?? <CancelReservation action={cancelAction} id={r.id} accessKey={accessKey} confirmHref={confirmCancelHref} />}
      </div>
    </div>
  )
}
