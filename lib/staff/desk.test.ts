import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { recordCount, recordMovement } from '../inventory/movements'
import { cancelByStaff, collect, createReservation, getForStaff } from '../reservations'
import { signIn } from './auth'
import { DEMO_ASSOCIATE_PIN, DEMO_MANAGER_PIN } from './demo'
import { closedToday, pickLocations, stockItem, transferSources } from './desk'
import type { StaffMember } from './roles'

const customer = { name: 'Desk Shopper', email: 'desk@example.com' }

describe.each(testDrivers)('staff desk reads on %s', (driver) => {
  let h: DbHandle
  let storeId: string
  let otherStoreIds: string[]
  let variants: { id: string; sku: string }[]
  let associate: StaffMember
  let manager: StaffMember

  const setStock = (s: string, v: string, counted: number) => recordCount(h.db, { storeId: s, variantId: v, counted, actor: 'test' })

  beforeAll(async () => {
    h = await openTestDb(driver)
    const stores = await rows<{ id: string }>(h.db, sql`select id from stores order by id`)
    storeId = stores[0].id
    otherStoreIds = stores.slice(1).map((s) => s.id)
    variants = await rows<{ id: string; sku: string }>(
      h.db,
      sql`select v.id, v.sku from inventory_levels l join variants v on v.id = l.variant_id where l.store_id = ${storeId} order by v.id limit 6`,
    )
    const staffOf = async (role: string, pin: string) => {
      const [s] = await rows<{ id: string }>(h.db, sql`select id from staff where store_id = ${storeId} and role = ${role}`)
      return (await signIn(h.db, { staffId: s.id, pin })).staff
    }
    associate = await staffOf('associate', DEMO_ASSOCIATE_PIN)
    manager = await staffOf('manager', DEMO_MANAGER_PIN)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('tells where each variant is picked from, for this store only', async () => {
    const v = variants[0].id
    await setStock(storeId, v, 4)
    const where = await pickLocations(h.db, associate, storeId, [v, v])
    expect(where.get(v)).toMatchObject({ onHand: 4, reserved: 0, available: 4 })
    expect(where.get(v)?.aisle).toMatch(/^[A-Z]\d$/)
    expect(where.get(v)?.bay).toMatch(/^\d+$/)
    await expect(pickLocations(h.db, associate, otherStoreIds[0], [v])).rejects.toMatchObject({ status: 403 })
    await expect(pickLocations(h.db, null, storeId, [v])).rejects.toMatchObject({ status: 401 })
  })

  it("lists today's closed reservations, newest first, and none still open", async () => {
    const v = variants[1].id
    await setStock(storeId, v, 5)
    const make = async () => (await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer })).reservation
    const [a, b, open] = [await make(), await make(), await make()]
    await collect(h.db, associate, a.id)
    await cancelByStaff(h.db, associate, b.id, 'Customer changed their mind')
    const closed = await closedToday(h.db, associate, storeId)
    const ids = closed.map((r) => r.id)
    expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id))
    expect(ids).not.toContain(open.id)
    expect(closed.find((r) => r.id === b.id)).toMatchObject({ status: 'cancelled', cancelReason: 'Customer changed their mind' })
    // Tomorrow they are history.
    expect(await closedToday(h.db, associate, storeId, 30, new Date(Date.now() + 2 * 86_400_000))).toEqual([])
  })

  it('offers managers the nearest stores that can send every missing unit', async () => {
    const [v1, v2] = [variants[2].id, variants[3].id]
    await setStock(storeId, v1, 1)
    await setStock(storeId, v2, 1)
    await setStock(otherStoreIds[0], v1, 3)
    await setStock(otherStoreIds[0], v2, 0)
    await setStock(otherStoreIds[1], v1, 2)
    await setStock(otherStoreIds[1], v2, 5)
    for (const other of otherStoreIds.slice(2)) {
      await setStock(other, v1, 0)
    }
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v1, quantity: 1 }, { variantId: v2, quantity: 1 }], customer })
    const sale = await recordMovement(h.db, { storeId, variantId: v1, kind: 'sale', quantity: 1, reason: 'till', actor: 'staff:test' })
    expect(sale.displaced).toEqual([{ reservationId: reservation.id, quantity: 1, status: 'attention' }])
    await recordMovement(h.db, { storeId, variantId: v2, kind: 'sale', quantity: 1, reason: 'till', actor: 'staff:test' })
    const flagged = await getForStaff(h.db, manager, reservation.id)
    expect(flagged.status).toBe('attention')
    const sources = await transferSources(h.db, manager, flagged)
    expect(sources.map((s) => s.storeId)).toEqual([otherStoreIds[1]])
    expect(sources[0]).toMatchObject({ available: 2 })
    await expect(transferSources(h.db, associate, flagged)).rejects.toMatchObject({ status: 403 })
  })

  it('finds an item by SKU or GTIN with its stock here; an unknown code is a clear 404', async () => {
    const v = variants[4]
    await setStock(storeId, v.id, 7)
    const item = await stockItem(h.db, associate, storeId, { code: v.sku.toLowerCase() })
    expect(item).toMatchObject({ variantId: v.id, sku: v.sku, stock: { onHand: 7, available: 7 } })
    expect(item.productName).toBeTruthy()
    const byGtin = await stockItem(h.db, associate, storeId, { code: item.gtin })
    expect(byGtin.variantId).toBe(v.id)
    expect(await stockItem(h.db, associate, storeId, { variantId: v.id })).toEqual(item)
    await expect(stockItem(h.db, associate, storeId, { code: '0000000000000' })).rejects.toMatchObject({ status: 404, type: 'code-not-found' })
    await expect(stockItem(h.db, associate, storeId, { variantId: 'var_nope' })).rejects.toMatchObject({ status: 404 })
    await expect(stockItem(h.db, associate, otherStoreIds[0], { code: v.sku })).rejects.toMatchObject({ status: 403 })
  })
})
