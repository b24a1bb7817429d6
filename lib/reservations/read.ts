import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import type { ReservationStatus } from '../db/schema'
import { DomainError } from '../errors'
import { getSecret } from '../secret'
import { authorize, type StaffMember } from '../staff/roles'
import { accessKey, isAccessKey, normalizePickupCode, pickupToken, readPickupToken } from './codes'
import { type ReservationView } from './schemas'
import { ReservationNotFound } from './errors'

export type ReservationRow = {
  id: string
  store_id: string
  status: ReservationStatus
  customer_name: string | null
  customer_email: string | null
  customer_phone: string | null
  pickup_code: string
  idempotency_key: string | null
  request_hash: string | null
  hold_expires_at: Date | string | null
  pickup_by: Date | string | null
  attention_reason: string | null
  cancel_reason: string | null
  placed_at: Date | string | null
  ready_at: Date | string | null
  closed_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}
export type LineRow = {
  reservation_id: string
  variant_id: string
  quantity: number | string
  held: number | string
  unit_price: number | string
  currency: string
  sku: string
  product_name: string
  handle: string
  color_code: string
  color_name: string
  size: string | null
  image: string | null
}
export type StoreRow = { id: string; slug: string; name: string; address_line1: string; city: string; region: string; postal_code: string; phone: string; timezone: string }

export const isoOrNull = (v: Date | string | null) => (v ? iso(v) : null)

async function linesOf(db: Db, ids: string[]): Promise<Map<string, LineRow[]>> {
  const out = new Map<string, LineRow[]>()
  if (ids.length === 0) return out
  const result = await rows<LineRow>(
    db,
    sql`select l.*, v.sku, p.name as product_name, p.handle, v.color_code, c.name as color_name, v.size,
          (select i.url from product_images i where i.product_id = p.id and i.color_code = v.color_code order by i.position limit 1) as image
        from reservation_lines l
        join variants v on v.id = l.variant_id
        join products p on p.id = v.product_id
        join product_colors c on c.product_id = p.id and c.code = v.color_code
        where l.reservation_id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})
        order by p.name, v.position`,
  )
  for (const l of result) out.set(l.reservation_id, [...(out.get(l.reservation_id) ?? []), l])
  return out
}

async function storesById(db: Db, ids: string[]): Promise<Map<string, StoreRow>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const result = await rows<StoreRow>(db, sql`select * from stores where id in (${sql.join(unique.map((i) => sql`${i}`), sql`, `)})`)
  return new Map(result.map((s) => [s.id, s]))
}

/** The view of one reservation from its rows (pure: creating one builds it without reading back). */
export function toView(secret: Buffer, r: ReservationRow, lineRows: LineRow[], s: StoreRow, opts: { owner?: boolean; staff?: boolean }): ReservationView {
  const ls = lineRows.map((l) => ({
    variantId: l.variant_id,
    sku: l.sku,
    productName: l.product_name,
    handle: l.handle,
    colorCode: l.color_code,
    colorName: l.color_name,
    size: l.size,
    image: l.image,
    quantity: num(l.quantity),
    held: num(l.held),
    unitPrice: { amount: num(l.unit_price), currency: l.currency },
  }))
  return {
    id: r.id,
    status: r.status,
    store: { id: s.id, slug: s.slug, name: s.name, address: `${s.address_line1}, ${s.city}, ${s.region} ${s.postal_code}`, phone: s.phone, timezone: s.timezone },
    lines: ls,
    total: { amount: ls.reduce((n, l) => n + l.unitPrice.amount * l.quantity, 0), currency: ls[0]?.unitPrice.currency ?? 'USD' },
    pickupCode: r.pickup_code,
    pickupToken: pickupToken(secret, r.id),
    holdExpiresAt: r.status === 'held' ? isoOrNull(r.hold_expires_at) : null,
    pickupBy: isoOrNull(r.pickup_by),
    placedAt: isoOrNull(r.placed_at),
    readyAt: isoOrNull(r.ready_at),
    closedAt: isoOrNull(r.closed_at),
    attentionReason: r.attention_reason,
    cancelReason: r.cancel_reason,
    customer: r.customer_email && (opts.owner || opts.staff) ? { name: r.customer_name ?? '', email: r.customer_email, phone: r.customer_phone } : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    ...(opts.owner ? { url: `/reservations/${r.id}?key=${accessKey(secret, r.id)}` } : {}),
  }
}

export async function views(db: Db, list: ReservationRow[], opts: { owner?: boolean; staff?: boolean } = {}): Promise<ReservationView[]> {
  if (list.length === 0) return []
  const secret = await getSecret(db)
  const [lines, stores] = await Promise.all([linesOf(db, list.map((r) => r.id)), storesById(db, list.map((r) => r.store_id))])
  return list.map((r) => toView(secret, r, lines.get(r.id) ?? [], stores.get(r.store_id)!, opts))
}

export async function load(db: Db, id: string, lock = false): Promise<ReservationRow> {
  if (!/^res_[0-9a-z]{16}$/.test(id)) throw new ReservationNotFound()
  const [r] = await rows<ReservationRow>(db, lock ? sql`select * from reservations where id = ${id} for update` : sql`select * from reservations where id = ${id}`)
  if (!r) throw new ReservationNotFound()
  return r
}

/** True when `key` is the capability token of reservation `id` (its owner's link). */
export async function canReadReservation(db: Db, id: string, key: string): Promise<boolean> {
  return /^res_[0-9a-z]{16}$/.test(id) && isAccessKey(await getSecret(db), id, key)
}

export async function ownerOnly(db: Db, id: string, key: string): Promise<void> {
  // Someone else's reservation and no reservation look the same from outside.
  if (!(await canReadReservation(db, id, key))) throw new ReservationNotFound()
}

/** The shopper's view of their reservation (the link's key is the proof of ownership). */
export async function getReservation(db: Db, id: string, key: string): Promise<ReservationView> {
  await ownerOnly(db, id, key)
  const [view] = await views(db, [await load(db, id)], { owner: true })
  return view
}

/** A store's reservations for its staff, by status; open ones first by urgency. */
export async function listStoreReservations(
  db: Db,
  staff: StaffMember | null,
  storeId: string,
  opts: { status?: ReservationStatus[]; limit?: number } = {},
): Promise<ReservationView[]> {
  authorize(staff, 'reservations:read', storeId)
  const statuses = opts.status?.length ? opts.status : (['pending', 'ready', 'attention'] as ReservationStatus[])
  const list = await rows<ReservationRow>(
    db,
    sql`select * from reservations where store_id = ${storeId} and status in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})
        order by case status when 'attention' then 0 when 'pending' then 1 when 'ready' then 2 else 3 end,
                 coalesce(pickup_by, created_at), id
        limit ${Math.min(opts.limit ?? 200, 500)}`,
  )
  return views(db, list, { staff: true })
}

/** One reservation for staff of its store. */
export async function getForStaff(db: Db, staff: StaffMember | null, id: string): Promise<ReservationView> {
  const r = await load(db, id)
  authorize(staff, 'reservations:read', r.store_id)
  const [view] = await views(db, [r], { staff: true })
  return view
}

/**
 * What staff scanned or typed at the desk → the reservation: our signed pickup QR, or the short
 * code of an open reservation at their store.
 */
export async function findForPickup(db: Db, staff: StaffMember | null, input: string): Promise<ReservationView> {
  const me = authorize(staff, 'reservations:read')
  const fromQr = readPickupToken(await getSecret(db), input)
  let row: ReservationRow | undefined
  if (fromQr) {
    ;[row] = await rows<ReservationRow>(db, sql`select * from reservations where id = ${fromQr}`)
  } else {
    const code = normalizePickupCode(input)
    if (!code) throw new DomainError('invalid-pickup-code', 400, 'Not a pickup code', 'A pickup code is 6 letters and digits, like K7P-3QX, or scan the QR on the shopper’s phone.')
    ;[row] = await rows<ReservationRow>(
      db,
      sql`select * from reservations where store_id = ${me.storeId} and pickup_code = ${code} order by (status in ('held','pending','ready','attention')) desc, updated_at desc limit 1`,
    )
  }
  if (!row) throw new ReservationNotFound()
  if (row.store_id !== me.storeId) {
    const [s] = await rows<{ name: string }>(db, sql`select name from stores where id = ${row.store_id}`)
    throw new DomainError('other-store', 409, 'Reserved at another store', `This reservation is for pickup at ${s?.name ?? 'another store'}.`, { storeId: row.store_id })
  }
  const [view] = await views(db, [row], { staff: true })
  return view
}
