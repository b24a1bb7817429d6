import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import type { ReservationStatus } from '../db/schema'
import { release } from '../inventory/ledger'
import { reservationChanged } from './events'

export type Displaced = { reservationId: string; quantity: number; status: ReservationStatus }

const causeText: Record<string, string> = {
  sale: 'sold at the till',
  damage: 'recorded as damaged',
  count: 'not found in a stock count',
}

/**
 * Held units that are physically gone (sold at the till, damaged, not found in a count) come off
 * reservations in the order that hurts least: an unconfirmed cart hold first (its shopper is told
 * on the spot), then the newest placed reservation, ready ones last. A placed reservation that
 * loses units goes to `attention` with the reason, for staff to re-source or cancel with notice.
 * Runs inside the movement's transaction, which has locked the stock level.
 */
export async function displaceHolds(
  tx: Db,
  p: { storeId: string; variantId: string; quantity: number; cause: string; actor: string },
): Promise<Displaced[]> {
  const candidates = await rows<{ id: string; status: ReservationStatus; held: number | string }>(
    tx,
    sql`select r.id, r.status, l.held from reservation_lines l join reservations r on r.id = l.reservation_id
        where r.store_id = ${p.storeId} and l.variant_id = ${p.variantId} and l.held > 0
          and r.status in ('held', 'attention', 'pending', 'ready')
        order by case r.status when 'held' then 0 when 'attention' then 1 when 'pending' then 2 else 3 end, r.created_at desc, r.id
        for update of r, l`,
  )
  const out: Displaced[] = []
  let left = p.quantity
  for (const c of candidates) {
    if (left <= 0) break
    const take = Math.min(num(c.held), left)
    left -= take
    await tx.execute(sql`update reservation_lines set held = held - ${take} where reservation_id = ${c.id} and variant_id = ${p.variantId}`)
    await release(tx, { storeId: p.storeId, variantId: p.variantId, quantity: take, reason: `hold taken: ${causeText[p.cause] ?? p.cause}`, actor: p.actor, reference: c.id })
    const what = `${take} held unit${take === 1 ? ' was' : 's were'} ${causeText[p.cause] ?? p.cause} before pickup`
    if (c.status === 'held') {
      // Not yet confirmed: the shopper is still on the reserve step and sees it gone at once.
      await releaseAllHeld(tx, c.id, p.storeId, p.actor, 'cart hold ended: stock gone')
      await tx.execute(sql`update reservations set status = 'cancelled', cancel_reason = ${`Sold out while you were reserving: ${what}.`}, closed_at = now(), hold_expires_at = null, updated_at = now() where id = ${c.id}`)
      await reservationChanged(tx, c.id, 'cancelled')
      out.push({ reservationId: c.id, quantity: take, status: 'cancelled' })
    } else {
      await tx.execute(sql`update reservations set status = 'attention', attention_reason = ${`${what}.`}, updated_at = now() where id = ${c.id}`)
      await reservationChanged(tx, c.id, 'attention')
      out.push({ reservationId: c.id, quantity: take, status: 'attention' })
    }
  }
  return out
}

/** Releases whatever a reservation still holds (cancel, expiry). */
export async function releaseAllHeld(tx: Db, reservationId: string, storeId: string, actor: string, reason: string): Promise<void> {
  const lines = await rows<{ variant_id: string; held: number | string }>(
    tx,
    sql`select variant_id, held from reservation_lines where reservation_id = ${reservationId} and held > 0 order by variant_id for update`,
  )
  for (const l of lines) {
    await tx.execute(sql`update reservation_lines set held = 0 where reservation_id = ${reservationId} and variant_id = ${l.variant_id}`)
    await release(tx, { storeId, variantId: l.variant_id, quantity: num(l.held), reason, actor, reference: reservationId })
  }
}
