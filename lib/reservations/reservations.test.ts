import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { recordCount, recordMovement } from '../inventory/movements'
import { findOrCreateMember, getBalance } from '../loyalty/ledger'
import { listOutbox } from '../mail/outbox'
import { getSecret } from '../secret'
import { signIn } from '../staff/auth'
import { DEMO_ASSOCIATE_PIN, DEMO_MANAGER_PIN } from '../staff/demo'
import type { StaffMember } from '../staff/roles'
import { pickupToken } from './codes'
import {
  cancelByShopper,
  cancelByStaff,
  collect,
  confirmReservation,
  createReservation,
  extendHold,
  findForPickup,
  getReservation,
  HOLD_MAX_MINUTES,
  listStoreReservations,
  markReady,
  ReservationNotFound,
  ReservationOutOfStock,
  resolveAttention,
  sweep,
} from './service'
import { sweepAsLeader } from './sweeper'

type Level = { store_id: string; variant_id: string; on_hand: number; reserved: number }

const customer = { name: 'Ada Shopper', email: '  Ada@Example.COM ', phone: '+1 312 555 0100' }
const keyOf = (url?: string) => new URL(url!, 'http://x').searchParams.get('key')!

describe.each(testDrivers)('reservations on %s', (driver) => {
  let h: DbHandle
  let storeId: string
  let otherStoreId: string
  let variants: string[]
  let associate: StaffMember
  let manager: StaffMember
  let otherAssociate: StaffMember

  const levelOf = async (s: string, v: string) => {
    const [l] = await rows<Level>(h.db, sql`select * from inventory_levels where store_id = ${s} and variant_id = ${v}`)
    return { onHand: num(l.on_hand), reserved: num(l.reserved) }
  }
  const setStock = (s: string, v: string, counted: number) => recordCount(h.db, { storeId: s, variantId: v, counted, actor: 'test' })

  beforeAll(async () => {
    h = await openTestDb(driver)
    const stores = await rows<{ id: string }>(h.db, sql`select s.id from stores s join staff f on f.store_id = s.id group by s.id order by s.id limit 2`)
    storeId = stores[0].id
    otherStoreId = stores[1].id
    const vs = await rows<{ variant_id: string }>(h.db, sql`select variant_id from inventory_levels where store_id = ${storeId} and reserved = 0 order by variant_id limit 12`)
    variants = vs.map((v) => v.variant_id)
    const staffOf = async (store: string, role: string, pin: string) => {
      const [s] = await rows<{ id: string }>(h.db, sql`select id from staff where store_id = ${store} and role = ${role}`)
      return (await signIn(h.db, { staffId: s.id, pin })).staff
    }
    associate = await staffOf(storeId, 'associate', DEMO_ASSOCIATE_PIN)
    manager = await staffOf(storeId, 'manager', DEMO_MANAGER_PIN)
    otherAssociate = await staffOf(otherStoreId, 'associate', DEMO_ASSOCIATE_PIN)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('200 concurrent reservations for 10 available hold exactly 10; the rest are clean 409s', async () => {
    const v = variants[0]
    await setStock(storeId, v, 10)
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer: { ...customer, email: `c${i}@example.com` } })),
    )
    const ok = results.filter((r) => r.status === 'fulfilled')
    const refused = results.filter((r) => r.status === 'rejected' && r.reason instanceof ReservationOutOfStock)
    expect(ok).toHaveLength(10)
    expect(refused).toHaveLength(190)
    const level = await levelOf(storeId, v)
    expect(level).toEqual({ onHand: 10, reserved: 10 })
    const [{ n }] = await rows<{ n: string }>(h.db, sql`select count(*) as n from reservation_lines where variant_id = ${v} and held > 0`)
    expect(num(n)).toBe(10)
    // The refusal names nearby stores that have it.
    const reason = (refused[0] as PromiseRejectedResult).reason as ReservationOutOfStock
    expect(reason.status).toBe(409)
    expect(reason.shortages[0]).toMatchObject({ variantId: v, requested: 1, available: 0 })
    expect(Array.isArray(reason.shortages[0].alternatives)).toBe(true)
  }, 120_000)

  it('an Idempotency-Key replay returns the same reservation and holds nothing more', async () => {
    const v = variants[1]
    await setStock(storeId, v, 5)
    const body = { storeId, lines: [{ variantId: v, quantity: 2 }], customer }
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => createReservation(h.db, body, { idempotencyKey: 'order-abc-123' })))
    expect(new Set([a.reservation.id, b.reservation.id, c.reservation.id]).size).toBe(1)
    expect([a, b, c].filter((r) => !r.replayed)).toHaveLength(1)
    expect(await levelOf(storeId, v)).toEqual({ onHand: 5, reserved: 2 })
    const again = await createReservation(h.db, body, { idempotencyKey: 'order-abc-123' })
    expect(again).toMatchObject({ replayed: true, reservation: { id: a.reservation.id } })
    await expect(createReservation(h.db, { ...body, lines: [{ variantId: v, quantity: 1 }] }, { idempotencyKey: 'order-abc-123' })).rejects.toMatchObject({ status: 422 })
    expect(await levelOf(storeId, v)).toEqual({ onHand: 5, reserved: 2 })
    // Placed: normalised contact, a pickup code, a deadline, the placed email with the owner's link.
    expect(a.reservation).toMatchObject({ status: 'pending', customer: { email: 'ada@example.com' } })
    expect(a.reservation.pickupCode).toMatch(/^[A-Z0-9]{6}$/)
    const mail = await listOutbox(h.db, { reference: a.reservation.id })
    expect(mail.map((m) => m.kind)).toEqual(['reservation.placed'])
    expect(mail[0].text).toContain(a.reservation.url!)
  })

  it('a multi-line reservation holds all lines or none', async () => {
    const [v1, v2] = [variants[2], variants[3]]
    await setStock(storeId, v1, 3)
    await setStock(storeId, v2, 1)
    await expect(
      createReservation(h.db, { storeId, lines: [{ variantId: v1, quantity: 2 }, { variantId: v2, quantity: 2 }], customer }),
    ).rejects.toBeInstanceOf(ReservationOutOfStock)
    expect(await levelOf(storeId, v1)).toEqual({ onHand: 3, reserved: 0 })
    expect(await levelOf(storeId, v2)).toEqual({ onHand: 1, reserved: 0 })
  })

  it('a cart hold is extended while the shopper is on the last step, then confirmed or lapses and is released by the sweeper', async () => {
    const v = variants[4]
    await setStock(storeId, v, 2)
    const t0 = new Date()
    const { reservation: held } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }] }, { now: t0 })
    expect(held.status).toBe('held')
    const key = keyOf(held.url)
    const extended = await extendHold(h.db, held.id, key, new Date(t0.getTime() + 4 * 60_000))
    expect(new Date(extended.holdExpiresAt!).getTime()).toBe(t0.getTime() + 9 * 60_000)
    // Never past the cap, however often it is extended.
    const capped = await extendHold(h.db, held.id, key, new Date(t0.getTime() + 8 * 60_000))
    expect(new Date(capped.holdExpiresAt!).getTime()).toBeLessThanOrEqual(new Date(held.createdAt).getTime() + HOLD_MAX_MINUTES * 60_000)

    const { reservation: abandoned } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }] }, { now: t0 })
    expect(await levelOf(storeId, v)).toEqual({ onHand: 2, reserved: 2 })
    const [{ max: before }] = await rows<{ max: string }>(h.db, sql`select max(id) as max from events`)
    const swept = await sweepAsLeader(h.db, new Date(t0.getTime() + 6 * 60_000))
    expect(swept.leader).toBe(true)
    expect(swept.expired).toBeGreaterThanOrEqual(1)
    expect((await getReservation(h.db, abandoned.id, keyOf(abandoned.url))).status).toBe('expired')
    expect(await levelOf(storeId, v)).toEqual({ onHand: 2, reserved: 1 })
    const events = await rows<{ type: string; payload: { reservationId?: string; status?: string; kind?: string } }>(
      h.db,
      sql`select type, payload from events where id > ${before} order by id`,
    )
    expect(events).toContainEqual(expect.objectContaining({ type: 'reservation.changed', payload: expect.objectContaining({ reservationId: abandoned.id, status: 'expired' }) }))
    expect(events).toContainEqual(expect.objectContaining({ type: 'stock.changed', payload: expect.objectContaining({ kind: 'release' }) }))

    const placed = await confirmReservation(h.db, held.id, key, customer, new Date(t0.getTime() + 5 * 60_000))
    expect(placed.status).toBe('pending')
    expect(placed.pickupBy).not.toBeNull()
    await expect(confirmReservation(h.db, abandoned.id, keyOf(abandoned.url), customer)).rejects.toMatchObject({ status: 409 })
  })

  it('a lapsed cart hold gives way to the next shopper at once, without waiting for the sweeper', async () => {
    const v = variants[11]
    await setStock(storeId, v, 1)
    const t0 = new Date(Date.now() - 10 * 60_000)
    const { reservation: lapsed } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }] }, { now: t0 })
    const { reservation: next } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })
    expect(next.status).toBe('pending')
    expect((await getReservation(h.db, lapsed.id, keyOf(lapsed.url))).status).toBe('expired')
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 1 })
  })

  it("only the link's owner reads or cancels it; someone else's looks like no reservation", async () => {
    const v = variants[5]
    await setStock(storeId, v, 1)
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })
    await expect(getReservation(h.db, reservation.id, 'not-the-key')).rejects.toBeInstanceOf(ReservationNotFound)
    await expect(cancelByShopper(h.db, reservation.id, keyOf(reservation.url).slice(1))).rejects.toBeInstanceOf(ReservationNotFound)
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 1 })
    const cancelled = await cancelByShopper(h.db, reservation.id, keyOf(reservation.url))
    expect(cancelled.status).toBe('cancelled')
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 0 })
    expect((await listOutbox(h.db, { reference: reservation.id })).map((m) => m.kind)).toEqual(['reservation.cancelled', 'reservation.placed'])
  })

  it('an in-store sale of a held last unit flags the reservation attention; it is never lost, and staff can re-source it', async () => {
    const v = variants[6]
    await setStock(storeId, v, 1)
    await setStock(otherStoreId, v, 3)
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })
    const sale = await recordMovement(h.db, { storeId, variantId: v, kind: 'sale', quantity: 1, reason: 'till', actor: 'staff:test' })
    expect(sale.displaced).toEqual([{ reservationId: reservation.id, quantity: 1, status: 'attention' }])
    expect(await levelOf(storeId, v)).toEqual({ onHand: 0, reserved: 0 })
    const flagged = await getForStaffOrOwner(reservation.id, keyOf(reservation.url))
    expect(flagged.status).toBe('attention')
    expect(flagged.attentionReason).toMatch(/sold at the till/)
    expect((await listStoreReservations(h.db, associate, storeId)).map((r) => r.id)).toContain(reservation.id)
    // Not ready, not collectable, not expired by the clock.
    await expect(markReady(h.db, associate, reservation.id)).rejects.toMatchObject({ status: 409 })
    await expect(collect(h.db, associate, reservation.id)).rejects.toMatchObject({ status: 409 })
    await sweep(h.db, new Date(Date.now() + 30 * 86_400_000))
    expect((await getForStaffOrOwner(reservation.id, keyOf(reservation.url))).status).toBe('attention')
    // Re-holding here fails (none left); an associate may not transfer; a manager transfers it in.
    await expect(resolveAttention(h.db, associate, reservation.id)).rejects.toMatchObject({ status: 409 })
    await expect(resolveAttention(h.db, associate, reservation.id, { fromStoreId: otherStoreId })).rejects.toMatchObject({ status: 403 })
    const resolved = await resolveAttention(h.db, manager, reservation.id, { fromStoreId: otherStoreId })
    expect(resolved.status).toBe('pending')
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 1 })
    expect(await levelOf(otherStoreId, v)).toEqual({ onHand: 2, reserved: 0 })
  })

  it('a count below what is held flags the newest reservation, not the oldest', async () => {
    const v = variants[7]
    await setStock(storeId, v, 2)
    const first = (await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })).reservation
    const second = (await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })).reservation
    const count = await recordCount(h.db, { storeId, variantId: v, counted: 1, actor: 'staff:test' })
    expect(count.displaced.map((d) => d.reservationId)).toEqual([second.id])
    expect((await getReservation(h.db, first.id, keyOf(first.url))).status).toBe('pending')
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 1 })
  })

  it('pending → ready → collected at the desk by QR or code, with the stock committed', async () => {
    const v = variants[8]
    await setStock(storeId, v, 2)
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 2 }], customer })
    const ready = await markReady(h.db, associate, reservation.id)
    expect(ready.status).toBe('ready')
    expect((await listOutbox(h.db, { reference: reservation.id }))[0].kind).toBe('reservation.ready')
    const secret = await getSecret(h.db)
    expect((await findForPickup(h.db, associate, pickupToken(secret, reservation.id))).id).toBe(reservation.id)
    const typed = `${reservation.pickupCode.slice(0, 3).toLowerCase()}-${reservation.pickupCode.slice(3)}`
    expect((await findForPickup(h.db, associate, typed)).id).toBe(reservation.id)
    // A forged QR and another store's staff get nothing.
    await expect(findForPickup(h.db, associate, `AISLE-PICKUP:${reservation.id}.forged`)).rejects.toMatchObject({ status: 400 })
    await expect(findForPickup(h.db, otherAssociate, pickupToken(secret, reservation.id))).rejects.toMatchObject({ status: 409 })
    await expect(collect(h.db, otherAssociate, reservation.id)).rejects.toMatchObject({ status: 403 })
    const { memberId } = await findOrCreateMember(h.db, { name: 'Ada', email: customer.email })
    const before = await getBalance(h.db, memberId)
    const collected = await collect(h.db, associate, reservation.id)
    expect(collected.status).toBe('collected')
    // Collected and paid: the member earns points for it, in the same transaction.
    expect((await getBalance(h.db, memberId)).points).toBe(before.points + Math.floor(collected.total.amount / 100))
    expect(await levelOf(storeId, v)).toEqual({ onHand: 0, reserved: 0 })
    await expect(collect(h.db, associate, reservation.id)).rejects.toMatchObject({ status: 409 })
    const [{ s }] = await rows<{ s: string }>(h.db, sql`select sum(quantity) as s from inventory_movements where store_id = ${storeId} and variant_id = ${v} and kind not in ('hold', 'release')`)
    expect(num(s)).toBe(0)
  })

  it('staff actions check role and store in lib, not only in the UI', async () => {
    const v = variants[9]
    await setStock(storeId, v, 1)
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })
    await expect(markReady(h.db, null, reservation.id)).rejects.toMatchObject({ status: 401 })
    await expect(markReady(h.db, otherAssociate, reservation.id)).rejects.toMatchObject({ status: 403 })
    await expect(listStoreReservations(h.db, associate, otherStoreId)).rejects.toMatchObject({ status: 403 })
    await expect(listStoreReservations(h.db, null, storeId)).rejects.toMatchObject({ status: 401 })
    const cancelled = await cancelByStaff(h.db, manager, reservation.id, 'Customer called to cancel')
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Customer called to cancel' })
    expect(await levelOf(storeId, v)).toEqual({ onHand: 1, reserved: 0 })
  })

  it('sends the reminder once, a day before the deadline', async () => {
    const v = variants[10]
    await setStock(storeId, v, 1)
    const t0 = new Date()
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer }, { now: t0 })
    const nearDeadline = new Date(new Date(reservation.pickupBy!).getTime() - 20 * 3_600_000)
    await sweep(h.db, nearDeadline)
    await sweep(h.db, nearDeadline)
    expect((await listOutbox(h.db, { reference: reservation.id })).filter((m) => m.kind === 'reservation.reminder')).toHaveLength(1)
  })

  it.runIf(driver === 'postgres')('only one instance sweeps at a time: the others skip the round', async () => {
    await h.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('aisle:reservation-sweeper'))`)
      expect(await sweepAsLeader(h.db)).toEqual({ leader: false, expired: 0, reminded: 0 })
    })
    expect((await sweepAsLeader(h.db)).leader).toBe(true)
  })

  async function getForStaffOrOwner(id: string, key: string) {
    return getReservation(h.db, id, key)
  }
})
