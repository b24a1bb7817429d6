import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { distanceKm } from '../geo/distance'
import { hold, InsufficientStock, writeTx } from '../inventory/ledger'
import { getSecret } from '../secret'
import { newPickupCode, newReservationId } from './codes'
import { reservationChanged } from './events'
import { CreateReservationInput, IdempotencyKey, type ReservationView } from './schemas'
import { UnknownStore, UnknownVariant, type Alternative, ReservationOutOfStock, IdempotencyKeyReused } from './errors'
import { HOLD_MINUTES, PICKUP_DAYS } from './policy'
import { type ReservationRow, type LineRow, type StoreRow, toView, views } from './read'
import { expireLapsedHolds, mailFor } from './actions'

const fingerprint = (input: unknown) => createHash('sha256').update(JSON.stringify(input)).digest('base64url')

async function alternativesFor(db: Db, storeId: string, variantId: string, quantity: number): Promise<Alternative[]> {
  const [here] = await rows<{ lat: number; lng: number }>(db, sql`select lat, lng from stores where id = ${storeId}`)
  const list = await rows<{ id: string; name: string; lat: number; lng: number; available: number | string }>(
    db,
    sql`select s.id, s.name, s.lat, s.lng, (l.on_hand - l.reserved) as available
        from inventory_levels l join stores s on s.id = l.store_id
        where l.variant_id = ${variantId} and l.store_id <> ${storeId} and l.on_hand - l.reserved >= ${quantity}`,
  )
  return list
    .map((s) => ({ storeId: s.id, name: s.name, available: num(s.available), distanceKm: here ? Math.round(distanceKm(here, s) * 10) / 10 : 0 }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, 5)
}

class HoldFailed extends Error {
  constructor(readonly variantId: string, readonly requested: number) {
    super('hold failed')
  }
}

const pgCode = (e: unknown) => (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code
const pgConstraint = (e: unknown) => (e as { constraint?: string }).constraint ?? (e as { cause?: { constraint?: string } }).cause?.constraint

/**
 * Reserves one or more variants at one store. Every line holds stock atomically (a conditional
 * UPDATE on what is available), all lines or none. Without a customer it is a short cart hold the
 * shopper then confirms; with one it is placed at once. With an Idempotency-Key, a replay of the
 * same request returns the same reservation and holds nothing more.
 */
export async function createReservation(
  db: Db,
  input: unknown,
  opts: { idempotencyKey?: string | null; now?: Date; actor?: string; memberId?: string | null; visitorId?: string | null } = {},
): Promise<{ reservation: ReservationView; replayed: boolean }> {
  const req = CreateReservationInput.parse(input)
  // Who it belongs to: a signed-in member, else the browser's visitor id (merged into a member at sign-in).
  const memberId = opts.memberId ?? null
  const visitorId = memberId ? null : (opts.visitorId ?? null)
  const key = opts.idempotencyKey == null ? null : IdempotencyKey.parse(opts.idempotencyKey)
  const hash = key ? fingerprint(req) : null
  const replay = async (): Promise<{ reservation: ReservationView; replayed: boolean } | null> => {
    if (!key) return null
    const [existing] = await rows<ReservationRow>(db, sql`select * from reservations where idempotency_key = ${key}`)
    if (!existing) return null
    if (existing.request_hash !== hash) throw new IdempotencyKeyReused()
    const [reservation] = await views(db, [existing], { owner: true })
    return { reservation, replayed: true }
  }
  const earlier = await replay()
  if (earlier) return earlier

  const now = opts.now ?? new Date()
  const actor = opts.actor ?? 'shopper'
  const placed = Boolean(req.customer)
  let freedLapsed = false
  // Read before the transaction: on the embedded database a second query outside it would wait for it.
  const secret = await getSecret(db)
  for (let attempt = 1; ; attempt++) {
    try {
      const reservation = await writeTx(db, async (tx) => {
        // The store and every line's catalogue facts in one read: what the view and the mail need.
        const variantIds = req.lines.map((l) => l.variantId)
        const found = await rows<StoreRow & Partial<LineRow> & { variant_id: string | null; price_amount: number | string | null; position: number | null }>(
          tx,
          sql`select s.id, s.slug, s.name, s.address_line1, s.city, s.region, s.postal_code, s.phone, s.timezone,
                v.id as variant_id, v.sku, v.color_code, v.size, v.position, p.name as product_name, p.handle, p.price_amount, p.currency,
                c.name as color_name,
                (select i.url from product_images i where i.product_id = p.id and i.color_code = v.color_code order by i.position limit 1) as image
              from stores s
              left join variants v on v.id in (${sql.join(variantIds.map((v) => sql`${v}`), sql`, `)})
              left join products p on p.id = v.product_id
              left join product_colors c on c.product_id = p.id and c.code = v.color_code
              where s.id = ${req.storeId}
              order by p.name, v.position`,
        )
        if (found.length === 0) throw new UnknownStore(req.storeId)
        const missing = variantIds.filter((v) => !found.some((f) => f.variant_id === v))
        if (missing.length) throw new UnknownVariant(missing)
        const store: StoreRow = found[0]
        const id = newReservationId()
        const c = req.customer
        const at = now.toISOString()
        const row: ReservationRow = {
          id,
          store_id: req.storeId,
          status: placed ? 'pending' : 'held',
          customer_name: c?.name ?? null,
          customer_email: c?.email ?? null,
          customer_phone: c?.phone ?? null,
          pickup_code: newPickupCode(),
          idempotency_key: key,
          request_hash: hash,
          hold_expires_at: placed ? null : new Date(now.getTime() + HOLD_MINUTES * 60_000).toISOString(),
          pickup_by: placed ? new Date(now.getTime() + PICKUP_DAYS * 86_400_000).toISOString() : null,
          attention_reason: null,
          cancel_reason: null,
          placed_at: placed ? at : null,
          ready_at: null,
          closed_at: null,
          created_at: at,
          updated_at: at,
        }
        const quantity = new Map(req.lines.map((l) => [l.variantId, l.quantity]))
        const lineRows: LineRow[] = found.map((f) => ({
          reservation_id: id,
          variant_id: f.variant_id!,
          quantity: quantity.get(f.variant_id!)!,
          held: quantity.get(f.variant_id!)!,
          unit_price: num(f.price_amount),
          currency: f.currency!,
          sku: f.sku!,
          product_name: f.product_name!,
          handle: f.handle!,
          color_code: f.color_code!,
          color_name: f.color_name!,
          size: f.size ?? null,
          image: f.image ?? null,
        }))
        // The reservation and its lines in one statement.
        await tx.execute(sql`with r as (
            insert into reservations (id, store_id, status, customer_name, customer_email, customer_phone, member_id, visitor_id, pickup_code, idempotency_key, request_hash,
              hold_expires_at, pickup_by, placed_at, created_at, updated_at)
            values (${id}, ${row.store_id}, ${row.status}, ${row.customer_name}, ${row.customer_email}, ${row.customer_phone}, ${memberId}, ${visitorId}, ${row.pickup_code},
              ${key}, ${hash}, ${row.hold_expires_at}, ${row.pickup_by}, ${row.placed_at}, ${at}, ${at})
            returning id)
          insert into reservation_lines (reservation_id, variant_id, quantity, held, unit_price, currency)
          select r.id, x.variant_id, x.quantity, x.quantity, x.unit_price, x.currency from r,
            (values ${sql.join(
              lineRows.map((l) => sql`(${l.variant_id}::text, ${num(l.quantity)}::int, ${num(l.unit_price)}::int, ${l.currency}::text)`),
              sql`, `,
            )}) as x(variant_id, quantity, unit_price, currency)`)
        // Variant-id order: two reservations of the same items lock their stock rows in one order.
        for (const line of [...req.lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
          try {
            await hold(tx, { storeId: req.storeId, variantId: line.variantId, quantity: line.quantity, reason: placed ? 'reservation placed' : 'cart hold', actor, reference: id })
          } catch (e) {
            if (e instanceof InsufficientStock) throw new HoldFailed(line.variantId, line.quantity)
            throw e
          }
        }
        await reservationChanged(tx, id, row.status, { storeId: req.storeId, variantIds, memberId })
        // One view, for the mail and the answer, built from what this transaction wrote.
        const view = toView(secret, row, lineRows, store, { owner: true })
        if (placed) await mailFor(tx, id, 'placed', view)
        return view
      })
      return { reservation, replayed: false }
    } catch (e) {
      if (e instanceof HoldFailed) {
        // A lapsed cart hold the sweeper has not reached yet must not turn a shopper away.
        if (!freedLapsed && (await expireLapsedHolds(db, req.storeId, req.lines.map((l) => l.variantId), now)) > 0) {
          freedLapsed = true
          continue
        }
        // Report every short line (the first failure stopped the transaction), each with nearby stores that have it.
        const levels = await rows<{ variant_id: string; available: number | string }>(
          db,
          sql`select variant_id, on_hand - reserved as available from inventory_levels
              where store_id = ${req.storeId} and variant_id in (${sql.join(req.lines.map((l) => sql`${l.variantId}`), sql`, `)})`,
        )
        const short = req.lines.filter((l) => num(levels.find((v) => v.variant_id === l.variantId)?.available ?? 0) < l.quantity)
        const list = short.length ? short : [{ variantId: e.variantId, quantity: e.requested }]
        throw new ReservationOutOfStock(
          await Promise.all(
            list.map(async (l) => ({
              variantId: l.variantId,
              requested: l.quantity,
              available: Math.max(0, num(levels.find((v) => v.variant_id === l.variantId)?.available ?? 0)),
              alternatives: await alternativesFor(db, req.storeId, l.variantId, l.quantity),
            })),
          ),
        )
      }
      if (pgCode(e) === '23505') {
        // The same Idempotency-Key committed first in another request: answer with that one.
        if (pgConstraint(e) === 'reservations_idempotency_key_unique' || (key && (await replay()))) {
          const again = await replay()
          if (again) return again
        }
        // A pickup code collision among the store's open reservations: draw another.
        if (attempt < 5) continue
      }
      throw e
    }
  }
}
