// The words of each notification. Short: a lock screen shows two lines, and a push payload is
// capped at 4 KB. Nothing personal beyond what the shopper bought; the payload is encrypted to
// their browser anyway.
import { createHash } from 'node:crypto'
import type { ReservationView } from '../reservations/schemas'
import type { PushMessage, PushOptions } from './send'

/** A push service's Topic header: at most 32 URL-safe characters; equal topics replace each other in its queue. */
const topicFor = (key: string) => createHash('sha256').update(key).digest('base64url').slice(0, 32)

const points = new Intl.NumberFormat('en-US')

export function readyForPickup(r: ReservationView): { message: PushMessage; options: PushOptions } {
  const [first, ...more] = r.lines
  const what = more.length ? `${first.productName} and ${more.length} more ${more.length === 1 ? 'item' : 'items'}` : first.productName
  const by = r.pickupBy
    ? ` Pick up by ${new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: r.store.timezone }).format(new Date(r.pickupBy))}.`
    : ''
  return {
    message: {
      title: `Ready for pickup at ${r.store.name}`,
      body: `${what} ${more.length ? 'are' : 'is'} set aside for you.${by}`,
      url: r.url ?? '/',
      tag: `reservation-ready:${r.id}`,
    },
    // Worth waking the phone for, and worth keeping until the pickup deadline's day is over.
    options: { ttl: 24 * 60 * 60, urgency: 'high', topic: topicFor(`ready:${r.id}`) },
  }
}

export function pointsEarned(e: { eventId: number; points: number; balance: number }): { message: PushMessage; options: PushOptions } {
  return {
    message: {
      title: `You earned ${points.format(e.points)} points`,
      body: `Your balance is ${points.format(e.balance)} points.`,
      url: '/wallet',
      tag: `points-earned:${e.eventId}`,
    },
    options: { ttl: 24 * 60 * 60, urgency: 'normal' },
  }
}
