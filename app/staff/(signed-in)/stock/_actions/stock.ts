'use server'

import type { DisplacedReservation, Recorded, StockEntry } from '@/components/staff/stock/stock-entry'
import { getDb } from '@/lib/db'
import { getForStaff } from '@/lib/reservations'
import { actionFailure, type ActionFailure } from '@/lib/staff/action-error'
import { stockItem, type StockItem } from '@/lib/staff/desk'
import { currentStaff } from '@/lib/staff/session'
import { recordStaffMovement, recordStaffSale } from '@/lib/staff/stock'
import { isMemberSale, memberAtTill, type TillMember } from '@/lib/wallet/till'

// The session is re-read and lib checks the role for each kind: the tabs an associate sees are no gate.

/** A scanned or typed code → the item and its stock at the staff member's store. */
export async function findStockItem(code: string): Promise<{ ok: true; item: StockItem } | ActionFailure> {
  try {
    const staff = await currentStaff()
    return { ok: true, item: await stockItem(await getDb(), staff, staff?.storeId ?? '', { code: String(code).slice(0, 512) }) }
  } catch (e) {
    return actionFailure(e)
  }
}

/** Records one movement at the staff member's store; answers with the item's stock after it and any reservation it hit. */
export async function recordStock(entry: StockEntry): Promise<Recorded | ActionFailure> {
  try {
    const db = await getDb()
    const staff = await currentStaff()
    const storeId = staff?.storeId ?? ''
    const { kind, variantId, quantity, counted, toStoreId, reason, memberToken, rewardId, tender, receiptCode } = entry
    const result =
      kind === 'sale'
        ? await recordStaffSale(db, staff, storeId, { variantId, quantity, memberToken: memberToken || undefined, rewardId: rewardId || undefined, tender })
        : await recordStaffMovement(db, staff, storeId, {
            kind,
            variantId,
            quantity,
            counted,
            toStoreId,
            reason: reason?.trim() || undefined,
            receiptCode: kind === 'return' ? receiptCode || undefined : undefined,
          })
    const displaced: DisplacedReservation[] = []
    for (const d of result.displaced) {
      const r = await getForStaff(db, staff, d.reservationId)
      displaced.push({ reservationId: d.reservationId, pickupCode: r.pickupCode, customerName: r.customer?.name ?? null, quantity: d.quantity, status: d.status })
    }
    const item = await stockItem(db, staff, storeId, { variantId: String(variantId) })
    const sale = isMemberSale(result) ? { receipt: result.receipt, member: result.member } : {}
    const returned = 'pointsReversed' in result && typeof result.pointsReversed === 'number' ? { pointsReversed: result.pointsReversed } : {}
    return { ok: true, kind, change: result.quantity, variance: 'variance' in result && typeof result.variance === 'number' ? result.variance : undefined, displaced, item, ...sale, ...returned }
  } catch (e) {
    return actionFailure(e)
  }
}

/** A member card scanned or typed at the till → the member, their points and the rewards they can take. */
export async function findMember(token: string): Promise<{ ok: true; member: TillMember } | ActionFailure> {
  try {
    return { ok: true, member: await memberAtTill(await getDb(), await currentStaff(), String(token).slice(0, 200)) }
  } catch (e) {
    return actionFailure(e)
  }
}
