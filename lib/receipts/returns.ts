// A return against a receipt: the unit goes back on the shelf and the member gives back the points it earned.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { writeTx } from '../inventory/ledger'
import { recordMovement, type MovementResult } from '../inventory/movements'
import { reversePoints } from '../loyalty/ledger'
import { getSecret } from '../secret'
import { readReceiptToken } from './token'

export class ReceiptCodeInvalid extends DomainError {
  constructor() {
    super('receipt-code-invalid', 400, 'Not one of our receipts', 'That code is not an Aisle receipt (or it was altered). Scan the QR on the receipt, or return without one.')
  }
}
export class NotOnReceipt extends DomainError {
  constructor(returnable: number) {
    super(
      'not-on-receipt',
      409,
      'Not on this receipt',
      returnable > 0 ? `Only ${returnable} of this item can still be returned against this receipt.` : 'This item is not on the receipt, or it was already returned.',
      { returnable },
    )
  }
}

export type ReturnResult = MovementResult & { receiptId: string; pointsReversed: number }

/**
 * Takes `quantity` of a variant back against the receipt its QR names: never more than the receipt
 * sold minus what was already returned against it (the return movements carry the receipt as their
 * reference), and the member's points for that share of the paid amount are reversed, never below zero.
 */
export async function returnAgainstReceipt(
  db: Db,
  r: { storeId: string; variantId: string; quantity: number; receiptCode: string; actor: string; reason?: string },
): Promise<ReturnResult> {
  const secret = await getSecret(db)
  const receiptId = readReceiptToken(secret, r.receiptCode)
  if (!receiptId) throw new ReceiptCodeInvalid()
  const reference = `receipt:${receiptId}`
  return writeTx(db, async (tx) => {
    // The receipt row is the lock: two returns against one receipt take turns, so neither counts past what it sold.
    const [receipt] = await rows<{ member_id: string | null; subtotal: number | string; discount: number | string }>(
      tx,
      sql`select member_id, subtotal, discount from receipts where id = ${receiptId} for update`,
    )
    if (!receipt) throw new ReceiptCodeInvalid()
    const [sold] = await rows<{ sold: number | string; paid: number | string }>(
      tx,
      sql`select coalesce(sum(quantity), 0) as sold, coalesce(sum(line_total), 0) as paid from receipt_lines where receipt_id = ${receiptId} and variant_id = ${r.variantId}`,
    )
    const line = { ...receipt, ...sold }
    const [{ returned }] = await rows<{ returned: number | string }>(
      tx,
      sql`select coalesce(sum(quantity), 0) as returned from inventory_movements where kind = 'return' and reference = ${reference} and variant_id = ${r.variantId}`,
    )
    const returnable = num(line.sold) - num(returned)
    if (r.quantity > returnable) throw new NotOnReceipt(Math.max(0, returnable))
    const movement = await recordMovement(tx, { storeId: r.storeId, variantId: r.variantId, kind: 'return', quantity: r.quantity, reason: r.reason ?? 'customer return', actor: r.actor, reference })
    if (!line.member_id) return { ...movement, receiptId, pointsReversed: 0 }
    // Points were earned on what was paid after the reward: the returned share of that.
    const subtotal = num(line.subtotal)
    const lineShare = (num(line.paid) * r.quantity) / num(line.sold)
    const amountMinor = Math.round(subtotal > 0 ? (lineShare * (subtotal - num(line.discount))) / subtotal : 0)
    const { reversed } = await reversePoints(tx, { memberId: line.member_id, amountMinor, channel: 'store', reference: `return:${movement.movementId}` })
    return { ...movement, receiptId, pointsReversed: reversed }
  })
}
