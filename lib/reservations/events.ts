import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import type { ReservationStatus } from '../db/schema'
import { emitEvent } from '../inventory/ledger'

/** A `reservation.changed` event: ids and status only, never who the shopper is (a member's opaque id lets their own stream see it). */
export async function reservationChanged(
  tx: Db,
  reservationId: string,
  status: ReservationStatus,
  known?: { storeId: string; variantIds: string[]; memberId: string | null },
): Promise<number> {
  const event = (storeId: string, variantIds: string[], memberId: string | null) =>
    emitEvent(tx, 'reservation.changed', storeId, { reservationId, status, variantIds, ...(memberId ? { memberId } : {}) })
  if (known) return event(known.storeId, [...known.variantIds].sort(), known.memberId)
  const [r] = await rows<{ store_id: string; member_id: string | null; variant_ids: string[] | null }>(
    tx,
    sql`select r.store_id, r.member_id, array_agg(l.variant_id order by l.variant_id) as variant_ids
        from reservations r left join reservation_lines l on l.reservation_id = r.id where r.id = ${reservationId} group by r.store_id, r.member_id`,
  )
  return event(r.store_id, (r.variant_ids ?? []).filter(Boolean), r.member_id)
}
