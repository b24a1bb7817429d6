import type { ReservationStatus } from '@/lib/db/schema'

// Pure: what each reservation status means to the shopper.

export type StepState = 'done' | 'current' | 'upcoming'
export type TrackerStep = { label: string; state: StepState }

const STEPS = ['Placed', 'Ready for pickup', 'Collected'] as const

// `attention` is still "placed" to the shopper: the store is re-sourcing a unit behind the scenes.
const reached: Partial<Record<ReservationStatus, number>> = { pending: 0, attention: 0, ready: 1, collected: 2 }

/** Placed → Ready for pickup → Collected, with the step the reservation is on marked current. */
export function trackerSteps(status: ReservationStatus): TrackerStep[] {
  const at = reached[status] ?? -1
  return STEPS.map((label, i) => ({ label, state: i < at || (i === at && i === STEPS.length - 1) ? 'done' : i === at ? 'current' : 'upcoming' }))
}

const labels: Record<ReservationStatus, string> = {
  held: 'On hold',
  pending: 'Placed',
  attention: 'Placed',
  ready: 'Ready for pickup',
  collected: 'Collected',
  cancelled: 'Cancelled',
  expired: 'Expired',
}

/** One or two words for the status, as the tracker and announcements say it. */
export const statusLabel = (status: ReservationStatus) => labels[status]

export const isPlaced = (status: ReservationStatus) => status === 'pending' || status === 'ready' || status === 'attention'
export const isClosed = (status: ReservationStatus) => status === 'collected' || status === 'cancelled' || status === 'expired'

/** A cart hold whose time ran out before the sweeper got to it reads as lapsed all the same. */
export function holdLapsed(status: ReservationStatus, holdExpiresAt: string | null, now: number): boolean {
  return status === 'held' && (!holdExpiresAt || Date.parse(holdExpiresAt) <= now)
}
