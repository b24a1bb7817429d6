import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { writeTx } from '../inventory/ledger'
import { REMINDER_HOURS } from './policy'
import { type ReservationRow } from './read'
import { close, mailFor } from './actions'

/**
 * Lapsed cart holds and reservations past their pickup deadline release their stock; reservations
 * close to the deadline get their reminder. Each reservation is handled in its own short
 * transaction with SKIP LOCKED, so a sweep never blocks a shopper and two sweepers never clash.
 * (`attention` ones are never expired by the clock: staff must decide.)
 */
export async function sweep(db: Db, now = new Date(), limit = 200): Promise<{ expired: number; reminded: number }> {
  let expired = 0
  let reminded = 0
  for (let i = 0; i < limit; i++) {
    const done = await writeTx(db, async (tx) => {
      const [r] = await rows<ReservationRow>(
        tx,
        sql`select * from reservations
            where (status = 'held' and hold_expires_at <= ${now.toISOString()})
               or (status in ('pending', 'ready') and pickup_by <= ${now.toISOString()})
            order by coalesce(hold_expires_at, pickup_by) limit 1 for update skip locked`,
      )
      if (!r) return true
      await close(tx, r, 'expired', 'system', r.status === 'held' ? 'The hold lapsed before it was confirmed.' : 'Not collected by the pickup deadline.')
      expired++
      return false
    })
    if (done) break
  }
  for (let i = 0; i < limit; i++) {
    const done = await writeTx(db, async (tx) => {
      const [r] = await rows<ReservationRow>(
        tx,
        sql`select * from reservations
            where status in ('pending', 'ready') and reminder_sent_at is null and customer_email is not null
              and pickup_by - make_interval(hours => ${REMINDER_HOURS}) <= ${now.toISOString()}
              and placed_at <= ${now.toISOString()}::timestamptz - interval '1 hour'
            order by pickup_by limit 1 for update skip locked`,
      )
      if (!r) return true
      await tx.execute(sql`update reservations set reminder_sent_at = now() where id = ${r.id}`)
      await mailFor(tx, r.id, 'reminder')
      reminded++
      return false
    })
    if (done) break
  }
  return { expired, reminded }
}
