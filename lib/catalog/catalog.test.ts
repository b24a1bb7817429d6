import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { openTestDb, testDrivers } from '../db/testing'
import { getAvailability } from '../inventory'
import { listStores } from '../stores'
import { findByCode, getProduct, listCategories, listProducts, listReviews, parseCode, parseProductQuery } from '.'
import { InvalidCode, InvalidCursor } from './errors'
import type { ParsedProductQuery } from './schemas'

const query = (params: Record<string, string>): ParsedProductQuery => {
  const parsed = parseProductQuery(params)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
  return parsed.query
}

describe.each(testDrivers)('catalog on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('lists the six categories in order with counts', async () => {
    const cats = await listCategories(h.db)
    expect(cats.map((c) => c.slug)).toEqual(['apparel', 'footwear', 'eyewear', 'hats-accessories', 'beauty', 'home'])
    expect(cats.every((c) => c.productCount > 0)).toBe(true)
  })

  it('browses a category with facets and pages through it with the cursor', async () => {
    const first = await listProducts(h.db, query({ category: 'eyewear', limit: '5', sort: 'price-asc' }))
    expect(first.items).toHaveLength(5)
    expect(first.items.every((p) => p.category.slug === 'eyewear')).toBe(true)
    expect(first.total).toBeGreaterThanOrEqual(20)
    const prices = first.items.map((p) => p.price.amount)
    expect([...prices].sort((a, b) => a - b)).toEqual(prices)
    expect(first.facets.colors.length).toBeGreaterThan(1)
    expect(first.nextCursor).not.toBeNull()
    const second = await listProducts(h.db, query({ category: 'eyewear', limit: '5', sort: 'price-asc', cursor: first.nextCursor! }))
    expect(second.items[0].price.amount).toBeGreaterThanOrEqual(prices[4])
    const ids = new Set([...first.items, ...second.items].map((p) => p.id))
    expect(ids.size).toBe(10)
  })

  it('walks every page exactly once', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let total = 0
    do {
      const page = await listProducts(h.db, query({ category: 'hats-accessories', limit: '7', ...(cursor ? { cursor } : {}) }))
      total = page.total
      seen.push(...page.items.map((p) => p.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
  })

  it('filters by colour, size and price on the same variant', async () => {
    const all = await listProducts(h.db, query({ category: 'apparel', limit: '100' }))
    const color = all.facets.colors[0].value
    const res = await listProducts(h.db, query({ category: 'apparel', color, limit: '100' }))
    expect(res.total).toBe(all.facets.colors[0].count)
    expect(res.items.every((p) => p.colors.some((c) => c.code === color))).toBe(true)
    const cheap = await listProducts(h.db, query({ maxPrice: '3000', limit: '100' }))
    expect(cheap.items.every((p) => p.price.amount <= 3000)).toBe(true)
    const sized = await listProducts(h.db, query({ size: 'XL', limit: '100' }))
    expect(sized.total).toBeGreaterThan(0)
    for (const p of sized.items.slice(0, 5)) {
      const detail = await getProduct(h.db, p.handle)
      expect(detail?.sizes).toContain('XL')
    }
  })

  it('finds products by full text and tolerates typos', async () => {
    const exact = await listProducts(h.db, query({ q: 'harbor sunglasses' }))
    expect(exact.items[0].name).toBe('Harbor Sunglasses')
    const typo = await listProducts(h.db, query({ q: 'harbr sunglases' }))
    expect(typo.items.map((p) => p.name)).toContain('Harbor Sunglasses')
    const sunglasses = await listProducts(h.db, query({ q: 'sunglasses', limit: '100' }))
    expect(sunglasses.total).toBeGreaterThan(0)
    expect(sunglasses.items.map((p) => p.name)).toContain('Harbor Sunglasses')
    // Words that match exactly win: no optical frames among the sunglasses.
    expect(sunglasses.items.filter((p) => /reading|blue light|eyeglasses|optical/i.test(p.name))).toEqual([])
    const nothing = await listProducts(h.db, query({ q: 'xqzvw' }))
    expect(nothing.total).toBe(0)
    expect(nothing.items).toEqual([])
  })

  it('filters to products in stock at a store', async () => {
    const [store] = await listStores(h.db)
    const all = await listProducts(h.db, query({ category: 'eyewear', limit: '100' }))
    const here = await listProducts(h.db, query({ category: 'eyewear', inStockAt: store.id, limit: '100' }))
    expect(here.total).toBeGreaterThan(0)
    expect(here.total).toBeLessThanOrEqual(all.total)
    for (const p of all.items) {
      const stock = await getAvailability(h.db, p.handle, { storeId: store.id })
      const hasStock = stock!.stores[0].variants.some((v) => v.available > 0)
      expect(here.items.some((i) => i.id === p.id)).toBe(hasStock)
    }
  })

  it('rejects a cursor it did not issue', async () => {
    await expect(listProducts(h.db, query({ cursor: 'bm9wZQ' }))).rejects.toBeInstanceOf(InvalidCursor)
  })

  it('rejects impossible query parameters', () => {
    const bad = parseProductQuery({ minPrice: '-1', limit: '0', sort: 'sideways' })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.map((e) => e.name).sort()).toEqual(['limit', 'minPrice', 'sort'])
    const inverted = parseProductQuery({ minPrice: '5000', maxPrice: '100' })
    expect(inverted).toEqual({ ok: false, errors: [{ name: 'minPrice', reason: 'minPrice must not exceed maxPrice' }] })
  })

  it('returns a whole product with gallery, sizes and variants', async () => {
    const p = await getProduct(h.db, 'harbor-sunglasses')
    expect(p).not.toBeNull()
    expect(p!.colors.map((c) => c.code)).toEqual(expect.arrayContaining(['tortoise', 'black']))
    for (const c of p!.colors) expect(p!.images.filter((i) => i.colorCode === c.code).length).toBeGreaterThanOrEqual(1)
    expect(p!.variants.length).toBeGreaterThanOrEqual(p!.colors.length)
    expect(await getProduct(h.db, 'no-such-thing')).toBeNull()
  })

  it('resolves GTINs, their UPC-A/EAN-13 forms, SKUs and shelf tags to the exact variant', async () => {
    const p = (await getProduct(h.db, 'harbor-sunglasses'))!
    const v = p.variants[0]
    const byGtin = await findByCode(h.db, v.gtin)
    expect(byGtin?.variant.id).toBe(v.id)
    expect(byGtin?.matchedBy).toBe('gtin')
    const padded = v.gtin.padStart(14, '0')
    expect((await findByCode(h.db, padded))?.variant.id).toBe(v.id)
    expect((await findByCode(h.db, v.sku.toLowerCase()))?.variant.id).toBe(v.id)
    const tag = await findByCode(h.db, `https://shop.example/tag/unknown-store/${v.gtin}`)
    expect(tag?.matchedBy).toBe('shelf-tag')
    expect(tag?.storeId).toBeNull()
  })

  it('answers unknown codes with null and impossible ones with InvalidCode', async () => {
    expect(await findByCode(h.db, '4006381333931')).toBeNull()
    expect(() => parseCode('4006381333932')).toThrow(InvalidCode)
    expect(() => parseCode('12345')).toThrow(InvalidCode)
    expect(() => parseCode('https://evil.example/phish')).toThrow(InvalidCode)
    expect(() => parseCode('   ')).toThrow(InvalidCode)
    expect(() => parseCode('<script>')).toThrow(InvalidCode)
    expect(await findByCode(h.db, 'NOT-A-SKU')).toBeNull()
  })

  it('pages reviews newest first with a histogram', async () => {
    const cats = await listProducts(h.db, query({ sort: 'rating', limit: '1' }))
    const handle = cats.items[0].handle
    const first = await listReviews(h.db, handle, { limit: 3 })
    expect(first).not.toBeNull()
    expect(first!.summary.histogram.reduce((a, b) => a + b, 0)).toBe(first!.summary.count)
    expect(first!.summary.count).toBe(cats.items[0].rating.count)
    const all = [...first!.items]
    let cursor = first!.nextCursor
    while (cursor) {
      const next = await listReviews(h.db, handle, { limit: 3, cursor })
      all.push(...next!.items)
      cursor = next!.nextCursor
    }
    expect(all).toHaveLength(first!.summary.count)
    const dates = all.map((r) => r.createdAt)
    expect([...dates].sort().reverse()).toEqual(dates)
    expect(await listReviews(h.db, 'no-such-thing')).toBeNull()
    await expect(listReviews(h.db, handle, { cursor: 'garbage!' })).rejects.toBeInstanceOf(InvalidCursor)
  })
})
