import { randomUUID } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { load, views } from '../reservations/read'
import { getVapidKeys, type VapidKeys } from './keys'
import { pointsEarned, readyForPickup } from './messages'
import { sendPush, type PushMessage, type PushOptions, type PushTarget, type SendOutcome } from './send'
import { removeSubscription, reservationTopic } from './subscriptions'

// Push notifications come from the event outbox, read in order after a cursor kept in aisle_meta.
// One dispatcher at a time across every instance: a lease (owner and expiry, also in aisle_meta)
// is taken with a conditional update, renewed with each step and given back at the end; a
// dispatcher that stalls past its lease can no longer move the cursor. The cursor moves past an
// event only after its pushes went out, so a crash in between sends that event again (the device
// shows it once: a repeat carries the same tag and replaces the first).

const CURSOR_KEY = 'push_cursor'
const LEASE_KEY = 'push_lease'

export type DispatchOptions = {
  /** Events read per query. */
  batch?: number
  /** Events handled per call; the next call goes on from there. */
  maxEvents?: number
  leaseMs?: number
  /**
   * A missing event id is a transaction still committing (wait for it) or one rolled back (its
   * id is never used): once the events after it are this old, it is taken as rolled back.
   */
  gapGraceMs?: number
  /** Waits before the second and third attempt when a push service fails or cannot be reached. */
  retryDelaysMs?: number[]
}

export type DispatchResult = { leader: boolean; events: number; sent: number; gone: number; failed: number }

type EventRow = { id: number | string; type: string | null; payload: Record<string, unknown> | null; created_at: Date | string; age_ms: number | string }
type Delivery = { targets: PushTarget[]; message: PushMessage; options: PushOptions }

class LeaseLost extends Error {}

const until = (leaseMs: number) => sql`(extract(epoch from clock_timestamp()) * 1000 + ${leaseMs})::bigint::text`

async function claimLease(db: Db, owner: string, leaseMs: number): Promise<boolean> {
  await db.execute(sql`insert into aisle_meta (key, value) values (${LEASE_KEY}, '') on conflict (key) do nothing`)
  const claimed = await rows(
    db,
    sql`update aisle_meta set value = ${owner} || '|' || ${until(leaseMs)}
        where key = ${LEASE_KEY} and (value = '' or split_part(value, '|', 2)::bigint < extract(epoch from clock_timestamp()) * 1000)
        returning key`,
  )
  return claimed.length > 0
}

/** Moves the cursor and renews the lease in one statement, only while `owner` still holds it. */
async function advance(db: Db, owner: string, leaseMs: number, cursor: number): Promise<void> {
  const moved = await rows(
    db,
    sql`with held as (
          update aisle_meta set value = ${owner} || '|' || ${until(leaseMs)}
          where key = ${LEASE_KEY} and split_part(value, '|', 1) = ${owner} returning key
        )
        insert into aisle_meta (key, value) select ${CURSOR_KEY}, ${String(cursor)} from held
        on conflict (key) do update set value = excluded.value
        returning key`,
  )
  if (moved.length === 0) throw new LeaseLost()
}

async function releaseLease(db: Db, owner: string): Promise<void> {
  await db.execute(sql`update aisle_meta set value = '' where key = ${LEASE_KEY} and split_part(value, '|', 1) = ${owner}`)
}

/** The cursor; on the very first run, just before the oldest subscription (nothing earlier concerns anyone). */
async function readCursor(db: Db): Promise<number> {
  const [kept] = await rows<{ value: string }>(db, sql`select value from aisle_meta where key = ${CURSOR_KEY}`)
  if (kept) return Number(kept.value)
  const [start] = await rows<{ id: number | string }>(
    db,
    sql`select coalesce(
          (select max(id) from events where created_at < (select min(created_at) from push_subscriptions)),
          case when exists (select 1 from push_subscriptions) then 0 else (select max(id) from events) end,
          0) as id`,
  )
  return num(start.id)
}

/** Who is to hear about this event, and what; null for the many events no one is told about. */
async function deliveryFor(db: Db, e: EventRow): Promise<Delivery | null> {
  const p = e.payload ?? {}
  const at = iso(e.created_at)
  if (e.type === 'reservation.changed' && p.status === 'ready' && typeof p.reservationId === 'string') {
    const id = p.reservationId
    // Still ready now (a late dispatcher says nothing about a reservation collected meanwhile), to
    // the browsers that asked for this one, or for every reservation of its member or visitor.
    const targets = await rows<PushTarget>(
      db,
      sql`select s.endpoint, s.p256dh, s.auth from push_subscriptions s join reservations r on r.id = ${id}
          where r.status = 'ready' and s.created_at <= ${at}::timestamptz
            and (${reservationTopic(id)} = any(s.topics)
                 or ('reservation-ready' = any(s.topics)
                     and ((r.member_id is not null and s.member_id = r.member_id) or (r.visitor_id is not null and s.visitor_id = r.visitor_id))))`,
    )
    if (targets.length === 0) return null
    const [view] = await views(db, [await load(db, id)], { owner: true })
    return { targets, ...readyForPickup(view) }
  }
  if (e.type === 'loyalty.changed' && p.kind === 'earn' && typeof p.memberId === 'string' && typeof p.points === 'number' && p.points > 0) {
    const targets = await rows<PushTarget>(
      db,
      sql`select endpoint, p256dh, auth from push_subscriptions
          where member_id = ${p.memberId} and 'points-earned' = any(topics) and created_at <= ${at}::timestamptz`,
    )
    if (targets.length === 0) return null
    return { targets, ...pointsEarned({ eventId: num(e.id), points: p.points, balance: typeof p.balance === 'number' ? p.balance : 0 }) }
  }
  return null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function sendWithRetry(target: PushTarget, d: Delivery, keys: VapidKeys, delays: number[]): Promise<SendOutcome> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await sendPush(target, d.message, keys, d.options)
    if (outcome !== 'failed' || attempt >= delays.length) return outcome
    await sleep(delays[attempt])
  }
}

/**
 * Sends the pushes for events since the last run: "ready for pickup" when a reservation becomes
 * ready, "points earned" on a member's earn. Returns at once (leader: false) when another
 * dispatcher, here or on another instance, holds the lease.
 */
export async function dispatchPush(db: Db, o: DispatchOptions = {}): Promise<DispatchResult> {
  const { batch = 500, maxEvents = 5_000, leaseMs = 120_000, gapGraceMs = 5_000, retryDelaysMs = [500, 2_000] } = o
  const owner = randomUUID()
  const result: DispatchResult = { leader: false, events: 0, sent: 0, gone: 0, failed: 0 }
  if (!(await claimLease(db, owner, leaseMs))) return result
  result.leader = true
  try {
    let cursor = await readCursor(db)
    let saved = Number.NaN
    let keys: VapidKeys | undefined
    const save = async () => {
      if (cursor === saved) return
      await advance(db, owner, leaseMs, cursor)
      saved = cursor
    }
    scan: while (result.events < maxEvents) {
      const events = await rows<EventRow>(
        db,
        sql`select id, created_at, extract(epoch from (now() - created_at)) * 1000 as age_ms,
              case when type in ('reservation.changed', 'loyalty.changed') then type end as type,
              case when type in ('reservation.changed', 'loyalty.changed') then payload end as payload
            from events where id > ${cursor} order by id limit ${Math.min(batch, maxEvents - result.events)}`,
      )
      if (events.length === 0) break
      for (const e of events) {
        const id = num(e.id)
        if (id !== cursor + 1 && num(e.age_ms) < gapGraceMs) break scan
        // An event that cannot be told (its reservation unreadable) must not hold up every later one.
        const delivery = await deliveryFor(db, e).catch((err: unknown) => {
          if (err instanceof DomainError) return null
          throw err
        })
        if (delivery) {
          keys ??= await getVapidKeys(db)
          const outcomes = await Promise.all(delivery.targets.map((t) => sendWithRetry(t, delivery, keys!, retryDelaysMs)))
          for (const [i, outcome] of outcomes.entries()) {
            result[outcome]++
            if (outcome === 'gone') await removeSubscription(db, delivery.targets[i].endpoint)
          }
        }
        cursor = id
        result.events++
        if (delivery) await save()
      }
      await save()
    }
    await save()
  } catch (e) {
    if (!(e instanceof LeaseLost)) throw e
  } finally {
    await releaseLease(db, owner)
  }
  return result
}
