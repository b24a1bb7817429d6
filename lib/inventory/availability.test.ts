import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'drizzle-orm'
import { ttl } from '../cache/profiles'
import type { DbHandle } from '../db/client'
import { openTestDb, testDrivers } from '../db/testing'
import { getAvailability, stockStatus } from '.'

const loop = { lat: 41.8837, lng: -87.6289 }

describe('stockStatus', () => {
  it('says out, low or in stock', () => {
    expect(stockStatus(0)).toBe('out')
    expect(stockStatus(1)).toBe('low')
    expect(stockStatus(2)).toBe('low')
    expect(stockStatus(3)).toBe('in_stock')
  })
})

describe.each(testDrivers)('availability on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('lists every store, nearest first, with every variant', async () => {
    const a = await getAvailability(h.db, 'harbor-sunglasses', loop)
    expect(a).not.toBeNull()
    expect(a!.stores.length).toBeGreaterThanOrEqual(8)
    const d = a!.stores.map((s) => s.store.distanceKm!)
    expect([...d].sort((x, y) => x - y)).toEqual(d)
    const variantCount = a!.stores[0].variants.length
    expect(variantCount).toBeGreaterThan(0)
    for (const s of a!.stores) {
      expect(s.variants).toHaveLength(variantCount)
      for (const v of s.variants) expect(v.status).toBe(stockStatus(v.available))
    }
  })

  it('puts the chosen store first and shows real stock differences', async () => {
    const a = await getAvailability(h.db, 'harbor-sunglasses', { ...loop })
    const far = a!.stores[a!.stores.length - 1].store
    const b = await getAvailability(h.db, 'harbor-sunglasses', { ...loop, storeId: far.id })
    expect(b!.stores[0].store.id).toBe(far.id)
    const tortoise = b!.stores.map((s) => s.variants.filter((v) => v.colorCode === 'tortoise').reduce((n, v) => n + v.available, 0))
    expect(Math.max(...tortoise)).toBeGreaterThan(0)
    expect(Math.min(...tortoise)).toBe(0)
  })

  it('shows a stock change within the stock reuse window', async () => {
    const before = await getAvailability(h.db, 'harbor-sunglasses')
    const line = before!.stores[0].variants[0]
    // As every stock writer must: the level and its ledger row change in one transaction.
    await h.db.transaction(async (tx) => {
      const storeId = before!.stores[0].store.id
      await tx.execute(sql`update inventory_levels set on_hand = on_hand + 5 where store_id = ${storeId} and variant_id = ${line.variantId}`)
      await tx.execute(
        sql`insert into inventory_movements (store_id, variant_id, kind, quantity, reason, actor) values (${storeId}, ${line.variantId}, 'receipt', 5, 'test delivery', 'test')`,
      )
    })
    await new Promise((r) => setTimeout(r, ttl.stock + 50))
    const after = await getAvailability(h.db, 'harbor-sunglasses')
    expect(after!.stores[0].variants[0].available).toBe(line.available + 5)
  })

  it('answers null for an unknown product', async () => {
    expect(await getAvailability(h.db, 'nope')).toBeNull()
  })
})
