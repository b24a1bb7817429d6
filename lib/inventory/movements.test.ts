import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { CountBelowReserved, InsufficientStock, recordCount, recordMovement, transferStock, UnknownStockLevel } from './movements'

type Level = { store_id: string; variant_id: string; on_hand: number; reserved: number }

describe.each(testDrivers)('the stock ledger on %s', (driver) => {
  let h: DbHandle
  let a: Level
  let b: Level
  beforeAll(async () => {
    h = await openTestDb(driver)
    // Two stores' levels of one variant, with stock in the first.
    const [first] = await rows<Level>(h.db, sql`select * from inventory_levels where on_hand >= 4 and reserved = 0 order by store_id, variant_id limit 1`)
    const [second] = await rows<Level>(
      h.db,
      sql`select * from inventory_levels where variant_id = ${first.variant_id} and store_id <> ${first.store_id} order by store_id limit 1`,
    )
    a = first
    b = second
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const levelOf = async (storeId: string, variantId: string) => {
    const [l] = await rows<Level>(h.db, sql`select * from inventory_levels where store_id = ${storeId} and variant_id = ${variantId}`)
    return { onHand: num(l.on_hand), reserved: num(l.reserved) }
  }
  const ledgerSum = async (storeId: string, variantId: string) => {
    const [r] = await rows<{ s: number | string }>(
      h.db,
      sql`select coalesce(sum(quantity), 0) as s from inventory_movements
          where store_id = ${storeId} and variant_id = ${variantId} and kind not in ('hold', 'release')`,
    )
    return num(r.s)
  }
  const actor = 'staff:test'

  it('a receipt adds stock, writes its ledger row and an outbox event', async () => {
    const before = await levelOf(a.store_id, a.variant_id)
    const r = await recordMovement(h.db, { storeId: a.store_id, variantId: a.variant_id, kind: 'receipt', quantity: 6, reason: 'delivery', actor, reference: 'ASN-1' })
    expect(r.level.onHand).toBe(before.onHand + 6)
    expect(r.quantity).toBe(6)
    const [event] = await rows<{ type: string; store_id: string; payload: { movementId: number; available: number } }>(
      h.db,
      sql`select type, store_id, payload from events where id = ${r.eventId}`,
    )
    expect(event).toMatchObject({ type: 'stock.changed', store_id: a.store_id })
    expect(num(event.payload.movementId)).toBe(r.movementId)
    expect(event.payload.available).toBe(r.level.available)
    expect(await ledgerSum(a.store_id, a.variant_id)).toBe(r.level.onHand)
  })

  it('concurrent sales never sell more than is available', async () => {
    const { onHand, reserved } = await levelOf(a.store_id, a.variant_id)
    const available = onHand - reserved
    const attempts = available + 15
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, (_, i) =>
        recordMovement(h.db, { storeId: a.store_id, variantId: a.variant_id, kind: 'sale', quantity: 1, reason: 'till', actor, reference: `sale-${i}` }),
      ),
    )
    const sold = results.filter((r) => r.status === 'fulfilled').length
    const refused = results.filter((r) => r.status === 'rejected' && r.reason instanceof InsufficientStock).length
    expect(sold).toBe(available)
    expect(refused).toBe(attempts - available)
    const after = await levelOf(a.store_id, a.variant_id)
    expect(after.onHand - after.reserved).toBe(0)
    expect(await ledgerSum(a.store_id, a.variant_id)).toBe(after.onHand)
  })

  it('a refused movement changes nothing', async () => {
    const before = await levelOf(a.store_id, a.variant_id)
    const [{ n }] = await rows<{ n: number | string }>(h.db, sql`select count(*) as n from inventory_movements`)
    await expect(
      recordMovement(h.db, { storeId: a.store_id, variantId: a.variant_id, kind: 'damage', quantity: 1, reason: 'broken', actor }),
    ).rejects.toBeInstanceOf(InsufficientStock)
    expect(await levelOf(a.store_id, a.variant_id)).toEqual(before)
    const [{ n: after }] = await rows<{ n: number | string }>(h.db, sql`select count(*) as n from inventory_movements`)
    expect(num(after)).toBe(num(n))
  })

  it('a cycle count sets on hand and records the variance, zero included', async () => {
    const up = await recordCount(h.db, { storeId: a.store_id, variantId: a.variant_id, counted: 3, actor, reference: 'count-1' })
    expect(up.variance).toBe(3 - (up.level.onHand - up.variance))
    expect(up.level.onHand).toBe(3)
    const same = await recordCount(h.db, { storeId: a.store_id, variantId: a.variant_id, counted: 3, actor })
    expect(same.variance).toBe(0)
    expect(same.kind).toBe('count_adjustment')
    expect(await ledgerSum(a.store_id, a.variant_id)).toBe(3)
  })

  it('a count below held units that no reservation accounts for is refused', async () => {
    await h.db.execute(sql`update inventory_levels set reserved = 2 where store_id = ${a.store_id} and variant_id = ${a.variant_id}`)
    try {
      await expect(recordCount(h.db, { storeId: a.store_id, variantId: a.variant_id, counted: 1, actor })).rejects.toBeInstanceOf(CountBelowReserved)
    } finally {
      await h.db.execute(sql`update inventory_levels set reserved = 0 where store_id = ${a.store_id} and variant_id = ${a.variant_id}`)
    }
  })

  it('a transfer moves stock between stores in one step, or not at all', async () => {
    const fromBefore = await levelOf(a.store_id, a.variant_id)
    const toBefore = await levelOf(b.store_id, b.variant_id)
    const t = await transferStock(h.db, { fromStoreId: a.store_id, toStoreId: b.store_id, variantId: a.variant_id, quantity: 2, actor })
    expect(t.out.level.onHand).toBe(fromBefore.onHand - 2)
    expect(t.in.level.onHand).toBe(toBefore.onHand + 2)
    await expect(
      transferStock(h.db, { fromStoreId: a.store_id, toStoreId: b.store_id, variantId: a.variant_id, quantity: 1_000, actor }),
    ).rejects.toBeInstanceOf(InsufficientStock)
    expect((await levelOf(b.store_id, b.variant_id)).onHand).toBe(toBefore.onHand + 2)
    expect(await ledgerSum(b.store_id, b.variant_id)).toBe(toBefore.onHand + 2)
  })

  it('rejects what cannot be a movement', async () => {
    await expect(recordMovement(h.db, { storeId: 'str_nope', variantId: a.variant_id, kind: 'receipt', quantity: 1, reason: 'x', actor })).rejects.toBeInstanceOf(UnknownStockLevel)
    await expect(recordMovement(h.db, { storeId: a.store_id, variantId: a.variant_id, kind: 'sale', quantity: 0, reason: 'x', actor })).rejects.toThrow()
    await expect(recordMovement(h.db, { storeId: a.store_id, variantId: a.variant_id, kind: 'receipt', quantity: 1, reason: ' ', actor })).rejects.toThrow()
    await expect(transferStock(h.db, { fromStoreId: a.store_id, toStoreId: a.store_id, variantId: a.variant_id, quantity: 1, actor })).rejects.toThrow(/different stores/)
  })
})
