import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import type { ReservationStatus } from '../db/schema'
import { DomainError } from '../errors'
import { distanceKm } from '../geo/distance'
import { commitHeld, hold, InsufficientStock, writeTx } from '../inventory/ledger'
import { transferIn } from '../inventory/movements'
import { enqueueMail } from '../mail/outbox'
import { getSecret } from '../secret'
import { authorize, type StaffMember } from '../staff/roles'
import { accessKey, isAccessKey, newPickupCode, newReservationId, normalizePickupCode, pickupToken, readPickupToken } from './codes'
import { releaseAllHeld } from './displace'
import { reservationChanged } from './events'
import { reservationMail } from './mail'
import { CreateReservationInput, CustomerInput, IdempotencyKey, type ReservationView } from './schemas'

/** A cart hold lasts this long unless the shopper confirms or, still on the final step, extends it. */
export const HOLD_MINUTES = 5
/** An abandoned-but-extended hold can never outlive this: a flash sale's stock goes back to everyone. */
export const HOLD_MAX_MINUTES = 15
/** A placed reservation waits this long for pickup. */
export const PICKUP_DAYS = 3
/** The reminder goes out when this little time is left. */
export const REMINDER_HOURS = 24

const OPEN: ReservationStatus[] = ['held', 'pending', 'ready', 'attention']

// ─── errors ─────────────────────────────────────────────────────────────────────────────────────

export class ReservationNotFound extends DomainError {
  constructor() {
    super('reservation-not-found', 404, 'Reservation not found', 'No reservation matches that link or code.')
  }
}
export class UnknownStore extends DomainError {
  constructor(storeId: string) {
    super('store-not-found', 404, 'Store not found', `No store has the id ${storeId}.`, { storeId })
  }
}
export class UnknownVariant extends DomainError {
  constructor(variantIds: string[]) {
    super('variant-not-found', 404, 'Variant not found', `No such variant: ${variantIds.join(', ')}.`, { variantIds })
  }
}
export type Alternative = { storeId: string; name: string; distanceKm: number; available: number }
export class ReservationOutOfStock extends DomainError {
  constructor(readonly shortages: { variantId: string; requested: number; available: number; alternatives: Alternative[] }[]) {
    const n = shortages.length
    super(
      'insufficient-stock',
      409,
      'Not enough stock',
      n === 1 && shortages[0].available === 0
        ? 'That item has just sold out at this store.'
        : `Not enough stock at this store for ${n === 1 ? 'that item' : `${n} items`}.`,
      { shortages },
    )
  }
}
export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super('idempotency-key-reused', 422, 'Idempotency-Key reused', 'That Idempotency-Key was used for a different reservation request.')
  }
}
export class InvalidTransition extends DomainError {
  constructor(status: ReservationStatus, action: string, detail?: string) {
    super('reservation-state', 409, 'Not possible in this state', detail ?? `A ${status} reservation cannot be ${action}.`, { status })
  }
}

// ─── reading ────────────────────────────────────────────────────────────────────────────────────

type ReservationRow = {
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
type LineRow = {
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
type StoreRow = { id: string; slug: string; name: string; address_line1: string; city: string; region: string; postal_code: string; phone: string; timezone: string }

const isoOrNull = (v: Date | string | null) => (v ? iso(v) : null)

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
function toView(secret: Buffer, r: ReservationRow, lineRows: LineRow[], s: StoreRow, opts: { owner?: boolean; staff?: boolean }): ReservationView {
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

async function views(db: Db, list: ReservationRow[], opts: { owner?: boolean; staff?: boolean } = {}): Promise<ReservationView[]> {
  if (list.length === 0) return []
  const secret = await getSecret(db)
  const [lines, stores] = await Promise.all([linesOf(db, list.map((r) => r.id)), storesById(db, list.map((r) => r.store_id))])
  return list.map((r) => toView(secret, r, lines.get(r.id) ?? [], stores.get(r.store_id)!, opts))
}

async function load(db: Db, id: string, lock = false): Promise<ReservationRow> {
  if (!/^res_[0-9a-z]{16}$/.test(id)) throw new ReservationNotFound()
  const [r] = await rows<ReservationRow>(db, lock ? sql`select * from reservations where id = ${id} for update` : sql`select * from reservations where id = ${id}`)
  if (!r) throw new ReservationNotFound()
  return r
}

/** True when `key` is the capability token of reservation `id` (its owner's link). */
export async function canReadReservation(db: Db, id: string, key: string): Promise<boolean> {
  return /^res_[0-9a-z]{16}$/.test(id) && isAccessKey(await getSecret(db), id, key)
}

async function ownerOnly(db: Db, id: string, key: string): Promise<void> {
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

// ─── creating ───────────────────────────────────────────────────────────────────────────────────

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
  opts: { idempotencyKey?: string | null; now?: Date; actor?: string } = {},
): Promise<{ reservation: ReservationView; replayed: boolean }> {
  const req = CreateReservationInput.parse(input)
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
            insert into reservations (id, store_id, status, customer_name, customer_email, customer_phone, pickup_code, idempotency_key, request_hash,
              hold_expires_at, pickup_by, placed_at, created_at, updated_at)
            values (${id}, ${row.store_id}, ${row.status}, ${row.customer_name}, ${row.customer_email}, ${row.customer_phone}, ${row.pickup_code},
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
        await reservationChanged(tx, id, row.status, { storeId: req.storeId, variantIds })
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

// ─── shopper actions ────────────────────────────────────────────────────────────────────────────

/** Keeps a cart hold while the shopper is on the final step: another HOLD_MINUTES, never past HOLD_MAX_MINUTES from its start. */
export async function extendHold(db: Db, id: string, key: string, now = new Date()): Promise<ReservationView> {
  await ownerOnly(db, id, key)
  await writeTx(db, async (tx) => {
    const r = await load(tx, id, true)
    if (r.status !== 'held') throw new InvalidTransition(r.status, 'extended')
    if (new Date(iso(r.hold_expires_at!)) <= now) throw new InvalidTransition(r.status, 'extended', 'The hold has lapsed; start again.')
    const limit = new Date(iso(r.created_at)).getTime() + HOLD_MAX_MINUTES * 60_000
    const until = new Date(Math.min(now.getTime() + HOLD_MINUTES * 60_000, limit))
    await tx.execute(sql`update reservations set hold_expires_at = greatest(hold_expires_at, ${until.toISOString()}::timestamptz), updated_at = now() where id = ${id}`)
  })
  return getReservation(db, id, key)
}

/** The shopper gives their contact details: the cart hold becomes a placed reservation. */
export async function confirmReservation(db: Db, id: string, key: string, customer: unknown, now = new Date()): Promise<ReservationView> {
  await ownerOnly(db, id, key)
  const c = CustomerInput.parse(customer)
  await writeTx(db, async (tx) => {
    const r = await load(tx, id, true)
    if (r.status === 'pending' && r.customer_email === c.email) return // a retried confirm
    if (r.status !== 'held') throw new InvalidTransition(r.status, 'confirmed', r.status === 'cancelled' && r.cancel_reason ? r.cancel_reason : undefined)
    if (new Date(iso(r.hold_expires_at!)) <= now) throw new InvalidTransition('expired', 'confirmed', 'The hold lapsed before it was confirmed; reserve again.')
    await tx.execute(sql`update reservations set status = 'pending', customer_name = ${c.name}, customer_email = ${c.email}, customer_phone = ${c.phone ?? null},
      hold_expires_at = null, placed_at = ${now.toISOString()}, pickup_by = ${new Date(now.getTime() + PICKUP_DAYS * 86_400_000).toISOString()}, updated_at = now()
      where id = ${id}`)
    await reservationChanged(tx, id, 'pending')
    await mailFor(tx, id, 'placed')
  })
  return getReservation(db, id, key)
}

async function close(tx: Db, r: ReservationRow, status: 'cancelled' | 'expired', actor: string, reason: string): Promise<void> {
  await releaseAllHeld(tx, r.id, r.store_id, actor, status === 'cancelled' ? `reservation cancelled: ${reason}` : 'reservation expired')
  await tx.execute(sql`update reservations set status = ${status}, cancel_reason = ${reason}, hold_expires_at = null, closed_at = now(), updated_at = now() where id = ${r.id}`)
  await reservationChanged(tx, r.id, status)
  if (r.customer_email) await mailFor(tx, r.id, status)
}

/** The shopper cancels with their link. Anything still open can be cancelled; the stock goes back at once. */
export async function cancelByShopper(db: Db, id: string, key: string): Promise<ReservationView> {
  await ownerOnly(db, id, key)
  await writeTx(db, async (tx) => {
    const r = await load(tx, id, true)
    if (r.status === 'cancelled') return
    if (!OPEN.includes(r.status)) throw new InvalidTransition(r.status, 'cancelled')
    await close(tx, r, 'cancelled', 'shopper', 'Cancelled by you.')
  })
  return getReservation(db, id, key)
}

// ─── staff actions ──────────────────────────────────────────────────────────────────────────────

async function staffAction(db: Db, staff: StaffMember | null, id: string, permission: Parameters<typeof authorize>[1], work: (tx: Db, r: ReservationRow, me: StaffMember) => Promise<void>): Promise<ReservationView> {
  // The role is checked before anything is read, the store once the reservation is known.
  authorize(staff, permission)
  await writeTx(db, async (tx) => {
    const r = await load(tx, id, true)
    const me = authorize(staff, permission, r.store_id)
    await work(tx, r, me)
  })
  return getForStaff(db, staff, id)
}

/** Picked and set aside: the shopper is told it is ready. */
export function markReady(db: Db, staff: StaffMember | null, id: string): Promise<ReservationView> {
  return staffAction(db, staff, id, 'reservations:ready', async (tx, r) => {
    if (r.status === 'ready') return
    if (r.status !== 'pending') throw new InvalidTransition(r.status, 'marked ready', r.status === 'attention' ? 'Resolve what needs attention first.' : undefined)
    await tx.execute(sql`update reservations set status = 'ready', ready_at = now(), updated_at = now() where id = ${r.id}`)
    await reservationChanged(tx, r.id, 'ready')
    await mailFor(tx, r.id, 'ready')
  })
}

/** Handed over at the desk: the held units leave the store's stock. */
export function collect(db: Db, staff: StaffMember | null, id: string): Promise<ReservationView> {
  return staffAction(db, staff, id, 'reservations:collect', async (tx, r, me) => {
    if (r.status === 'collected') throw new InvalidTransition(r.status, 'collected', 'Already collected — it was handed over earlier.')
    if (r.status !== 'ready' && r.status !== 'pending') {
      throw new InvalidTransition(r.status, 'collected', r.status === 'attention' ? 'Some units are missing: resolve it before handing over.' : undefined)
    }
    const lines = await rows<{ variant_id: string; held: number | string; quantity: number | string }>(
      tx,
      sql`select variant_id, held, quantity from reservation_lines where reservation_id = ${r.id} order by variant_id for update`,
    )
    for (const l of lines) {
      await commitHeld(tx, { storeId: r.store_id, variantId: l.variant_id, quantity: num(l.held), reason: 'reservation collected', actor: `staff:${me.id}`, reference: r.id })
      await tx.execute(sql`update reservation_lines set held = 0 where reservation_id = ${r.id} and variant_id = ${l.variant_id}`)
    }
    await tx.execute(sql`update reservations set status = 'collected', closed_at = now(), updated_at = now() where id = ${r.id}`)
    await reservationChanged(tx, r.id, 'collected')
  })
}

/** Staff cancel (the shopper did not want it after all, or it cannot be re-sourced); the shopper is told why. */
export function cancelByStaff(db: Db, staff: StaffMember | null, id: string, reason: string): Promise<ReservationView> {
  const why = reason.trim().slice(0, 300) || 'Cancelled by the store.'
  return staffAction(db, staff, id, 'reservations:cancel', async (tx, r, me) => {
    if (r.status === 'cancelled') return
    if (!OPEN.includes(r.status)) throw new InvalidTransition(r.status, 'cancelled')
    await close(tx, r, 'cancelled', `staff:${me.id}`, why)
  })
}

/**
 * An `attention` reservation lost units before it was picked. Staff re-hold them here (stock came
 * back, or was found), or — managers — transfer them in from another store and hold them in the
 * same transaction. When every line is fully held again it goes back to `pending`.
 */
export function resolveAttention(db: Db, staff: StaffMember | null, id: string, opts: { fromStoreId?: string } = {}): Promise<ReservationView> {
  return staffAction(db, staff, id, opts.fromStoreId ? 'reservations:transfer' : 'reservations:resolve', async (tx, r, me) => {
    if (r.status !== 'attention') throw new InvalidTransition(r.status, 're-sourced')
    const actor = `staff:${me.id}`
    const lines = await rows<{ variant_id: string; held: number | string; quantity: number | string }>(
      tx,
      sql`select variant_id, held, quantity from reservation_lines where reservation_id = ${r.id} and held < quantity order by variant_id for update`,
    )
    for (const l of lines) {
      const missing = num(l.quantity) - num(l.held)
      if (opts.fromStoreId) {
        await transferIn(tx, { fromStoreId: opts.fromStoreId, toStoreId: r.store_id, variantId: l.variant_id, quantity: missing, actor, reference: r.id })
      }
      try {
        await hold(tx, { storeId: r.store_id, variantId: l.variant_id, quantity: missing, reason: opts.fromStoreId ? 're-sourced by transfer' : 're-held', actor, reference: r.id })
      } catch (e) {
        if (e instanceof InsufficientStock) {
          throw new DomainError('still-short', 409, 'Still not enough stock', 'There is still not enough available here: transfer it in from another store, or cancel with notice.', {
            variantId: l.variant_id,
          })
        }
        throw e
      }
      await tx.execute(sql`update reservation_lines set held = quantity where reservation_id = ${r.id} and variant_id = ${l.variant_id}`)
    }
    await tx.execute(sql`update reservations set status = 'pending', attention_reason = null, updated_at = now() where id = ${r.id}`)
    await reservationChanged(tx, r.id, 'pending')
  })
}

/** Expires the lapsed cart holds on these variants at this store, now rather than at the next sweep. */
async function expireLapsedHolds(db: Db, storeId: string, variantIds: string[], now: Date): Promise<number> {
  let n = 0
  for (;;) {
    const more = await writeTx(db, async (tx) => {
      const [r] = await rows<ReservationRow>(
        tx,
        sql`select r.* from reservations r
            where r.store_id = ${storeId} and r.status = 'held' and r.hold_expires_at <= ${now.toISOString()}
              and exists (select 1 from reservation_lines l where l.reservation_id = r.id and l.held > 0
                          and l.variant_id in (${sql.join(variantIds.map((v) => sql`${v}`), sql`, `)}))
            limit 1 for update of r skip locked`,
      )
      if (!r) return false
      await close(tx, r, 'expired', 'system', 'The hold lapsed before it was confirmed.')
      n++
      return true
    })
    if (!more || n >= 50) return n
  }
}

// ─── time ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Lapsed cart holds and reservations past their pickup deadline release their stock; reservations
 * close to the deadline get their reminder. Each reservation is handled in its own short
 * transaction with SKIP LOCKED, so a sweep never blocks a shopper and two sweepers never clash.
 * (`attention` ones are never expired by the clock: staff must decide.)
 */
export async function sweep(db: Db, now = new Date(), limit = 200): Promise<{ expired: number; reminded: number }> {
  let expired = 0
  let reminded = 0
  for (let i = 0; i < limit; i++) {
    const done = await writeTx(db, async (tx) => {
      const [r] = await rows<ReservationRow>(
        tx,
        sql`select * from reservations
            where (status = 'held' and hold_expires_at <= ${now.toISOString()})
               or (status in ('pending', 'ready') and pickup_by <= ${now.toISOString()})
            order by coalesce(hold_expires_at, pickup_by) limit 1 for update skip locked`,
      )
      if (!r) return true
      await close(tx, r, 'expired', 'system', r.status === 'held' ? 'The hold lapsed before it was confirmed.' : 'Not collected by the pickup deadline.')
      expired++
      return false
    })
    if (done) break
  }
  for (let i = 0; i < limit; i++) {
    const done = await writeTx(db, async (tx) => {
      const [r] = await rows<ReservationRow>(
        tx,
        sql`select * from reservations
            where status in ('pending', 'ready') and reminder_sent_at is null and customer_email is not null
              and pickup_by - make_interval(hours => ${REMINDER_HOURS}) <= ${now.toISOString()}
              and placed_at <= ${now.toISOString()}::timestamptz - interval '1 hour'
            order by pickup_by limit 1 for update skip locked`,
      )
      if (!r) return true
      await tx.execute(sql`update reservations set reminder_sent_at = now() where id = ${r.id}`)
      await mailFor(tx, r.id, 'reminder')
      reminded++
      return false
    })
    if (done) break
  }
  return { expired, reminded }
}

// ─── mail ───────────────────────────────────────────────────────────────────────────────────────

async function mailFor(tx: Db, id: string, kind: 'placed' | 'ready' | 'reminder' | 'cancelled' | 'expired', known?: ReservationView): Promise<void> {
  const view = known ?? (await views(tx, [await load(tx, id)], { owner: true }))[0]
  if (!view.customer) return
  const m = reservationMail(kind, view)
  await enqueueMail(tx, { ...m, to: view.customer.email, kind: `reservation.${kind}`, reference: id })
}
