import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { getSecret } from '../secret'
import type { ReceiptChannel, ReceiptSummary, ReceiptView, Tender } from './schemas'
import { isReceiptId, readReceiptToken, receiptToken } from './token'

export class ReceiptNotFound extends DomainError {
  constructor() {
    super('receipt-not-found', 404, 'Receipt not found', 'No receipt of yours has that id.')
  }
}

type N = number | string
export type ReceiptRow = {
  id: string
  number: string
  member_id: string | null
  store_id: string | null
  channel: ReceiptChannel
  currency: string
  subtotal: N
  discount: N
  tax: N
  total: N
  tender: Tender | string
  points_earned: N
  created_at: Date | string
  store_name: string | null
  address_line1: string | null
  city: string | null
  region: string | null
  postal_code: string | null
  phone: string | null
  timezone: string | null
}
type LineRow = { line_no: N; sku: string; name: string; detail: string; quantity: N; unit_price: N; line_total: N }

const selectReceipt = sql`select r.*, s.name as store_name, s.address_line1, s.city, s.region, s.postal_code, s.phone, s.timezone
  from receipts r left join stores s on s.id = r.store_id`

export function toReceiptView(secret: Buffer, r: ReceiptRow, lines: LineRow[]): ReceiptView {
  const money = (amount: N) => ({ amount: num(amount), currency: r.currency })
  return {
    id: r.id,
    number: r.number,
    channel: r.channel,
    store:
      r.store_id && r.store_name
        ? { id: r.store_id, name: r.store_name, address: `${r.address_line1}, ${r.city}, ${r.region} ${r.postal_code}`, phone: r.phone ?? '', timezone: r.timezone ?? 'UTC' }
        : null,
    lines: lines.map((l) => ({
      lineNo: num(l.line_no),
      sku: l.sku,
      name: l.name,
      detail: l.detail,
      quantity: num(l.quantity),
      unitPrice: money(l.unit_price),
      lineTotal: money(l.line_total),
    })),
    subtotal: money(r.subtotal),
    discount: money(r.discount),
    tax: money(r.tax),
    total: money(r.total),
    tender: typeof r.tender === 'string' ? (JSON.parse(r.tender) as Tender) : r.tender,
    pointsEarned: num(r.points_earned),
    createdAt: iso(r.created_at),
    token: receiptToken(secret, r.id),
  }
}

async function viewOf(db: Db, r: ReceiptRow): Promise<ReceiptView> {
  const secret = await getSecret(db)
  const lines = await rows<LineRow>(db, sql`select * from receipt_lines where receipt_id = ${r.id} order by line_no`)
  return toReceiptView(secret, r, lines)
}

/** The member's receipts, newest first. */
export async function listReceipts(db: Db, memberId: string, limit = 50): Promise<ReceiptSummary[]> {
  const found = await rows<{ id: string; number: string; channel: ReceiptChannel; store_name: string | null; total: N; currency: string; items: N; points_earned: N; created_at: Date | string }>(
    db,
    sql`select r.id, r.number, r.channel, s.name as store_name, r.total, r.currency, r.points_earned, r.created_at,
          (select coalesce(sum(quantity), 0) from receipt_lines l where l.receipt_id = r.id) as items
        from receipts r left join stores s on s.id = r.store_id
        where r.member_id = ${memberId} order by r.created_at desc, r.id limit ${Math.min(Math.max(1, limit), 200)}`,
  )
  return found.map((r) => ({
    id: r.id,
    number: r.number,
    channel: r.channel,
    storeName: r.store_name,
    total: { amount: num(r.total), currency: r.currency },
    itemCount: num(r.items),
    pointsEarned: num(r.points_earned),
    createdAt: iso(r.created_at),
  }))
}

/** One receipt of the member's. Another member's receipt and no receipt look the same: 404. */
export async function getReceipt(db: Db, memberId: string, id: string): Promise<ReceiptView> {
  if (!isReceiptId(id)) throw new ReceiptNotFound()
  const [r] = await rows<ReceiptRow>(db, sql`${selectReceipt} where r.id = ${id} and r.member_id = ${memberId}`)
  if (!r) throw new ReceiptNotFound()
  return viewOf(db, r)
}

/** The receipt a scanned receipt QR names (the signed code is the proof): for staff handling a return. */
export async function resolveReceiptToken(db: Db, token: string): Promise<ReceiptView> {
  const id = readReceiptToken(await getSecret(db), token)
  if (!id) throw new DomainError('invalid-receipt-code', 400, 'Not a receipt code', 'That is not an Aisle receipt QR. Scan the code on the receipt, or find it by its number.')
  const [r] = await rows<ReceiptRow>(db, sql`${selectReceipt} where r.id = ${id}`)
  if (!r) throw new DomainError('receipt-not-found', 404, 'Receipt not found', 'That receipt no longer exists.')
  return viewOf(db, r)
}
