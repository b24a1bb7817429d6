import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newVisitorId } from '../customers/cookies'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { someProducts } from '../identity/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { WISHLIST_LIMIT } from './policy'
import { isSaved, listWishlist, removeItem, saveItem, type WishlistOwner } from './wishlist'

describe.each(testDrivers)('the wishlist on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const eventsFor = async (memberId: string) =>
    (await rows<{ payload: { productId: string; saved: boolean } }>(h.db, sql`select payload from events where type = 'wishlist.changed' and payload->>'memberId' = ${memberId} order by id`)).map(
      (e) => [e.payload.productId, e.payload.saved],
    )

  it('saves once however often it is asked, keeps the colour, and removes idempotently', async () => {
    const [p1] = await someProducts(h.db, 1)
    const [color] = await rows<{ code: string; name: string }>(h.db, sql`select code, name from product_colors where product_id = ${p1} order by position desc limit 1`)
    const { memberId } = await findOrCreateMember(h.db, { name: 'Wes', email: 'wes@example.com' })
    const me: WishlistOwner = { kind: 'member', memberId }

    expect(await saveItem(h.db, me, p1, color.code)).toMatchObject({ created: true, count: 1, color: color.code })
    expect(await saveItem(h.db, me, p1)).toMatchObject({ created: false, count: 1, color: color.code })
    const list = await listWishlist(h.db, me)
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({ productId: p1, color: { code: color.code, name: color.name }, href: expect.stringContaining(`?color=${color.code}`) })
    expect(list.items[0].image?.url).toBeTruthy()
    expect(await isSaved(h.db, me, p1)).toBe(true)

    expect(await removeItem(h.db, me, p1)).toBe(true)
    expect(await removeItem(h.db, me, p1)).toBe(false)
    expect(await isSaved(h.db, me, p1)).toBe(false)
    // A member's real changes are events (their other devices follow); repeats are not.
    expect(await eventsFor(memberId)).toEqual([
      [p1, true],
      [p1, false],
    ])
  })

  it('answers unknown products and colours with 404s, and a full list with 409', async () => {
    const visitor: WishlistOwner = { kind: 'visitor', visitorId: newVisitorId() }
    const [p1] = await someProducts(h.db, 1)
    await expect(saveItem(h.db, visitor, 'prd_nope')).rejects.toMatchObject({ type: 'product-not-found', status: 404 })
    await expect(saveItem(h.db, visitor, p1, 'chartreuse-nope')).rejects.toMatchObject({ type: 'color-not-found', status: 404 })
    // The demo catalogue is smaller than the limit: fill the list with the first product and placeholders.
    const [p2] = (await someProducts(h.db, 2)).slice(1)
    await h.db.execute(sql`insert into wishlist_items (visitor_id, product_id) values (${visitor.visitorId}, ${p1})`)
    await h.db.execute(sql`insert into wishlist_items (visitor_id, product_id) select ${visitor.visitorId}, 'gone_' || n from generate_series(2, ${WISHLIST_LIMIT}) n`)
    await expect(saveItem(h.db, visitor, p2)).rejects.toMatchObject({ type: 'wishlist-full', status: 409 })
    // Saving one already on a full list is still fine; products no longer sold are not listed.
    expect(await saveItem(h.db, visitor, p1)).toMatchObject({ created: false, count: WISHLIST_LIMIT })
    expect((await listWishlist(h.db, visitor)).items.map((i) => i.productId)).toEqual([p1])
  })

  it('keeps owners apart, and twenty parallel saves of one product make one row', async () => {
    const [p1, p2] = await someProducts(h.db, 2)
    const a: WishlistOwner = { kind: 'visitor', visitorId: newVisitorId() }
    const b: WishlistOwner = { kind: 'visitor', visitorId: newVisitorId() }
    await Promise.all(Array.from({ length: 20 }, () => saveItem(h.db, a, p1)))
    await saveItem(h.db, b, p2)
    expect((await listWishlist(h.db, a)).items.map((i) => i.productId)).toEqual([p1])
    expect((await listWishlist(h.db, b)).items.map((i) => i.productId)).toEqual([p2])
    expect(await removeItem(h.db, b, p1)).toBe(false)
  })
})
