import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { commitHeld, hold, InsufficientStock, writeTx } from '../inventory/ledger'
import { transferIn } from '../inventory/movements'
import { earnPoints } from '../loyalty/ledger'
import { enqueueMail } from '../mail/outbox'
import { createReceipt } from '../receipts/create'
import { authorize, type StaffMember } from '../staff/roles'
import { releaseAllHeld } from './displace'
import { reservationChanged } from './events'
import { reservationMail } from './mail'
import { CustomerInput, type ReservationView } from './schemas'
import { InvalidTransition } from './errors'
import { HOLD_MINUTES, HOLD_MAX_MINUTES, PICKUP_DAYS, OPEN } from './policy'
import { type ReservationRow, views, load, ownerOnly, getReservation, getForStaff } from './read'

// ─── shopper actions ───

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

export async function close(tx: Db, r: ReservationRow, status: 'cancelled' | 'expired', actor: string, reason: string): Promise<void> {
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
    await paidAtPickup(tx, r)
  })
}

/**
 * Paid at the desk: a member earns points for it like any purchase (once per reservation), and
 * everyone gets a receipt — written, mailed and (for a member) announced in this same transaction.
 */
async function paidAtPickup(tx: Db, r: ReservationRow): Promise<void> {
  const { member_id: memberOfRow } = r as ReservationRow & { member_id?: string | null }
  const [byEmail] = !memberOfRow && r.customer_email ? await rows<{ id: string }>(tx, sql`select id from members where email = ${r.customer_email}`) : []
  const memberId = memberOfRow ?? byEmail?.id ?? null
  const lines = await rows<{ variant_id: string; quantity: number | string; unit_price: number | string; currency: string }>(
    tx,
    sql`select variant_id, quantity, unit_price, currency from reservation_lines where reservation_id = ${r.id} order by variant_id`,
  )
  const priced = lines.map((l) => ({ variantId: l.variant_id, quantity: num(l.quantity), unitPrice: num(l.unit_price) }))
  const total = priced.reduce((n, l) => n + l.quantity * l.unitPrice, 0)
  const earned = memberId ? (await earnPoints(tx, { memberId, amountMinor: total, channel: 'reservation', reference: r.id })).earned : 0
  await createReceipt(tx, {
    memberId,
    storeId: r.store_id,
    channel: 'pickup',
    reference: r.id,
    lines: priced,
    currency: lines[0]?.currency ?? 'USD',
    tender: 'pay-at-pickup',
    pointsEarned: earned,
    guest: !memberId && r.customer_email ? { name: r.customer_name, email: r.customer_email } : null,
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
export async function expireLapsedHolds(db: Db, storeId: string, variantIds: string[], now: Date): Promise<number> {
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

// ─── mail ───

export async function mailFor(tx: Db, id: string, kind: 'placed' | 'ready' | 'reminder' | 'cancelled' | 'expired', known?: ReservationView): Promise<void> {
  const view = known ?? (await views(tx, [await load(tx, id)], { owner: true }))[0]
  if (!view.customer) return
  const m = reservationMail(kind, view)
  await enqueueMail(tx, { ...m, to: view.customer.email, kind: `reservation.${kind}`, reference: id })
}
