import type { ReservationView } from '@/lib/reservations/schemas'
import type { TransferSource } from '@/lib/staff/desk'
import type { Locations } from './desk-context'
import { ClosedReservation, ReservationCard } from './reservation-card'

type ReservationLanesProps = {
  open: ReservationView[]
  closed: ReservationView[]
  locations: Locations
  sources: Record<string, TransferSource[]>
  canTransfer: boolean
  now: Date
}

type Lane = { key: string; title: string; empty: string; list: ReservationView[]; closed?: boolean }

/** The desk's lanes, left to right in the order of work: what needs a decision, what to pick, what waits for its shopper, what is done. */
export function ReservationLanes({ open, closed, locations, sources, canTransfer, now }: ReservationLanesProps) {
  const lanes: Lane[] = [
    { key: 'attention', title: 'Needs attention', empty: 'Nothing needs attention.', list: open.filter((r) => r.status === 'attention') },
    { key: 'pending', title: 'To pick', empty: 'Nothing to pick. New reservations appear here.', list: open.filter((r) => r.status === 'pending') },
    { key: 'ready', title: 'Ready for pickup', empty: 'Nothing waiting for pickup.', list: open.filter((r) => r.status === 'ready') },
    { key: 'closed', title: 'Done today', empty: 'Nothing collected, cancelled or expired yet today.', list: closed, closed: true },
  ]
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-4">
      {lanes.map((lane) => {
        const alarm = lane.key === 'attention' && lane.list.length > 0
        return (
          <section
            key={lane.key}
            aria-labelledby={`lane-${lane.key}`}
            data-lane={lane.key}
            className={`rounded-2xl p-3 ${alarm ? 'bg-warn-soft ring-2 ring-warn/40' : 'bg-sunken'}`}
          >
            <h2 id={`lane-${lane.key}`} className="flex min-h-9 items-center justify-between gap-2 px-1 text-base font-bold">
              <span className={alarm ? 'text-warn' : undefined}>{lane.title}</span>
              <span className={`min-w-8 rounded-full px-2 py-0.5 text-center text-sm tabular-nums ${alarm ? 'bg-warn text-white' : 'bg-surface text-ink'}`} data-count>
                <span className="sr-only">(</span>
                {lane.list.length}
                <span className="sr-only">)</span>
              </span>
            </h2>
            {lane.list.length === 0 ? (
              <p className="px-1 py-3 text-sm text-muted">{lane.empty}</p>
            ) : (
              <ul className="mt-2 space-y-3">
                {lane.list.map((r) => (
                  <li key={r.id}>
                    {lane.closed ? (
                      <ClosedReservation reservation={r} now={now} />
                    ) : (
                      <ReservationCard reservation={r} locations={locations} sources={sources[r.id] ?? []} canTransfer={canTransfer} now={now} />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )
      })}
    </div>
  )
}
