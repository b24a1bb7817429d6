'use server'

import type { DisplacedReservation, Recorded, StockEntry } from '@/components/staff/stock/stock-entry'
import { getDb } from '@/lib/db'
import { getForStaff } from '@/lib/reservations'
import { actionFailure, type ActionFailure } from '@/lib/staff/action-error'
import { stockItem, type StockItem } from '@/lib/staff/desk'
import { currentStaff } from '@/lib/staff/session'
import { recordStaffMovement, recordStaffSale } from '@/lib/staff/stock'

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
    const { kind, variantId, quantity, counted, toStoreId, reason } = entry
    const result =
      kind === 'sale'
        ? await recordStaffSale(db, staff, storeId, { variantId, quantity })
        : await recordStaffMovement(db, staff, storeId, { kind, variantId, quantity, counted, toStoreId, reason: reason?.trim() || undefined })
    const displaced: DisplacedReservation[] = []
    for (const d of result.displaced) {
      const r = await getForStaff(db, staff, d.reservationId)
      displaced.push({ reservationId: d.reservationId, pickupCode: r.pickupCode, customerName: r.customer?.name ?? null, quantity: d.quantity, status: d.status })
    }
    const item = await stockItem(db, staff, storeId, { variantId: String(variantId) })
    return { ok: true, kind, change: result.quantity, variance: 'variance' in result && typeof result.variance === 'number' ? result.variance : undefined, displaced, item }
  } catch (e) {
    return actionFailure(e)
  }
}
