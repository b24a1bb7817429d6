import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { DomainError } from '../errors'
import { canReadReservation } from '../reservations/read'
import { ReservationNotFound } from '../reservations/errors'
import { pushTopics, SubscribeInput, UnsubscribeInput, type PushSubscriptionView } from './schemas'

/** Who subscribed: the signed-in member (and the browser's visitor id, when it has one), or the visitor alone. */
export type PushOwner = { memberId: string | null; visitorId: string | null }

/** A topic for one reservation, stored beside the owner-wide ones: `reservation-ready:<id>`. */
export const reservationTopic = (reservationId: string) => `reservation-ready:${reservationId}`
const RESERVATION_PREFIX = 'reservation-ready:'
const textArray = (items: string[]) => sql`array[${sql.join(items.map((t) => sql`${t}`), sql`, `)}]::text[]`
/** A browser following many reservations one by one keeps the newest. */
const MAX_RESERVATIONS = 20

export class PointsNeedSignIn extends DomainError {
  constructor() {
    super('sign-in-required', 401, 'Sign in required', 'Sign in to be told when you earn points.')
  }
}

function view(endpoint: string, topics: string[]): PushSubscriptionView {
  return {
    endpoint,
    topics: pushTopics.filter((t) => topics.includes(t)),
    reservations: topics.filter((t) => t.startsWith(RESERVATION_PREFIX)).map((t) => t.slice(RESERVATION_PREFIX.length)),
  }
}

/**
 * Adds topics to this browser's subscription (created on first call; the endpoint identifies the
 * browser). The owner is whoever subscribes now: a browser that signed out keeps no member's topics.
 */
export async function subscribe(db: Db, owner: PushOwner, input: unknown): Promise<{ created: boolean; subscription: PushSubscriptionView }> {
  const { subscription: s, topics, reservation } = SubscribeInput.parse(input)
  if (topics.includes('points-earned') && !owner.memberId) throw new PointsNeedSignIn()
  if (reservation && !(await canReadReservation(db, reservation.id, reservation.key))) throw new ReservationNotFound()
  const added: string[] = reservation ? [...topics.filter((t) => t !== 'reservation-ready'), reservationTopic(reservation.id)] : topics
  const [row] = await rows<{ topics: string[]; inserted: boolean }>(
    db,
    sql`insert into push_subscriptions (endpoint, p256dh, auth, member_id, visitor_id, topics)
        values (${s.endpoint}, ${s.keys.p256dh}, ${s.keys.auth}, ${owner.memberId}, ${owner.visitorId}, ${textArray(added)})
        on conflict (endpoint) do update set p256dh = excluded.p256dh, auth = excluded.auth,
          member_id = excluded.member_id, visitor_id = excluded.visitor_id,
          topics = (select coalesce(array_agg(distinct t), '{}') from unnest(push_subscriptions.topics || excluded.topics) t
                    where excluded.member_id is not null or t <> 'points-earned')
        returning topics, (xmax = 0) as inserted`,
  )
  const kept = trimReservations(row.topics)
  if (kept.length !== row.topics.length) await db.execute(sql`update push_subscriptions set topics = ${textArray(kept)} where endpoint = ${s.endpoint}`)
  return { created: row.inserted, subscription: view(s.endpoint, kept) }
}

/** At most MAX_RESERVATIONS one-by-one reservation topics; reservation ids sort by creation time. */
function trimReservations(topics: string[]): string[] {
  const one = topics.filter((t) => t.startsWith(RESERVATION_PREFIX)).sort()
  const drop = new Set(one.slice(0, Math.max(0, one.length - MAX_RESERVATIONS)))
  return topics.filter((t) => !drop.has(t))
}

/**
 * Stops topics, or the whole subscription. The endpoint is the proof: it is an unguessable URL only
 * this browser (and its push service) knows, so a browser can always unsubscribe, signed in or not.
 * Idempotent.
 */
export async function unsubscribe(db: Db, input: unknown): Promise<void> {
  const { endpoint, topics } = UnsubscribeInput.parse(input)
  if (!topics) {
    await removeSubscription(db, endpoint)
    return
  }
  const stop = new Set<string>(topics)
  const [row] = await rows<{ topics: string[] }>(db, sql`select topics from push_subscriptions where endpoint = ${endpoint}`)
  if (!row) return
  const left = row.topics.filter((t) => !stop.has(t) && !(stop.has('reservation-ready') && t.startsWith(RESERVATION_PREFIX)))
  if (left.length === 0) await removeSubscription(db, endpoint)
  else await db.execute(sql`update push_subscriptions set topics = ${textArray(left)} where endpoint = ${endpoint}`)
}

/** Forgets a subscription (unsubscribed, or gone at the push service). */
export async function removeSubscription(db: Db, endpoint: string): Promise<void> {
  await db.execute(sql`delete from push_subscriptions where endpoint = ${endpoint}`)
}
