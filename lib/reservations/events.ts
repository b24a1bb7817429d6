import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import type { ReservationStatus } from '../db/schema'
import { emitEvent } from '../inventory/ledger'

/** A `reservation.changed` event: ids and status only, never who the shopper is. */
export async function reservationChanged(
  tx: Db,
  reservationId: string,
  status: ReservationStatus,
  known?: { storeId: string; variantIds: string[] },
): Promise<number> {
  if (known) return emitEvent(tx, 'reservation.changed', known.storeId, { reservationId, status, variantIds: [...known.variantIds].sort() })
  const [r] = await rows<{ store_id: string; variant_ids: string[] | null }>(
    tx,
    sql`select r.store_id, array_agg(l.variant_id order by l.variant_id) as variant_ids
        from reservations r left join reservation_lines l on l.reservation_id = r.id where r.id = ${reservationId} group by r.store_id`,
  )
  return emitEvent(tx, 'reservation.changed', r.store_id, { reservationId, status, variantIds: (r.variant_ids ?? []).filter(Boolean) })
}
