// Fixtures for identity, wishlist and privacy tests: rows written directly, the way other
// capabilities (reservations, receipts, sign-in) would have left them.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'

const rid = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`

export async function someProducts(db: Db, n: number): Promise<string[]> {
  return (await rows<{ id: string }>(db, sql`select id from products order by id limit ${n}`)).map((r) => r.id)
}

/** A closed reservation (no stock held) with contact details as a person typed them. */
export async function insertReservation(
  db: Db,
  c: { name?: string | null; email?: string | null; phone?: string | null; visitorId?: string | null; memberId?: string | null },
): Promise<string> {
  const id = rid('res')
  const [store] = await rows<{ id: string }>(db, sql`select id from stores order by id limit 1`)
  await db.execute(sql`insert into reservations (id, store_id, status, customer_name, customer_email, customer_phone, member_id, visitor_id, pickup_code)
                       values (${id}, ${store.id}, 'collected', ${c.name ?? null}, ${c.email ?? null}, ${c.phone ?? null}, ${c.memberId ?? null}, ${c.visitorId ?? null}, ${randomBytes(3).toString('hex')})`)
  return id
}

/** A member row as a legacy import or another system might have written it (not normalised). */
export async function insertRawMember(db: Db, m: { email: string; phone?: string | null; name?: string }): Promise<string> {
  const id = rid('mem')
  await db.execute(sql`insert into members (id, email, phone, name) values (${id}, ${m.email}, ${m.phone ?? null}, ${m.name ?? ''})`)
  await db.execute(sql`insert into loyalty_accounts (member_id) values (${id})`)
  return id
}

/** A receipt with one line, as the checkout would write it. */
export async function insertReceipt(db: Db, memberId: string | null): Promise<string> {
  const id = rid('rct')
  await db.execute(sql`insert into receipts (id, number, member_id, channel, reference, currency, subtotal, tax, total, tender)
                       values (${id}, ${rid('N')}, ${memberId}, 'online', ${rid('ref')}, 'USD', 5000, 400, 5400, ${JSON.stringify({ kind: 'card', last4: '4242' })}::jsonb)`)
  await db.execute(sql`insert into receipt_lines (receipt_id, line_no, variant_id, sku, name, detail, quantity, unit_price, line_total)
                       values (${id}, 1, 'var_x', 'SKU-X', 'Harbor Sunglasses', 'Navy', 1, 5000, 5000)`)
  return id
}
