import { eq, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, type DbHandle } from '@/lib/db/client'
import * as t from '@/lib/db/schema'
import { isValidGtin, normalizeGtin } from '@/lib/gs1/gtin'
import { parseArtPath } from './art/render'
import { generateDemoData } from './generate'
import { seedDemo, seedIfEmpty } from './seed'

let handle: DbHandle
let seedMs = 0

beforeAll(async () => {
  handle = await openDb({ dataDir: 'memory://' })
  const started = performance.now()
  expect(await seedIfEmpty(handle.db)).toBe(true)
  seedMs = performance.now() - started
})

afterAll(async () => {
  await handle?.close()
})

async function countOf(table: PgTable): Promise<number> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(table)
  return row.n
}

describe('demo seed', () => {
  it('seeds once into an empty database', () => {
    console.info(`demo seed took ${Math.round(seedMs)} ms`)
    expect(seedMs).toBeGreaterThan(0)
  })

  it('creates the catalogue, stores and six categories in order', async () => {
    expect(await countOf(t.products)).toBeGreaterThanOrEqual(150)
    expect(await countOf(t.stores)).toBeGreaterThanOrEqual(8)
    const cats = await handle.db.select().from(t.categories).orderBy(t.categories.position)
    expect(cats.map((c) => c.slug)).toEqual(['apparel', 'footwear', 'eyewear', 'hats-accessories', 'beauty', 'home'])
  })

  it('gives every variant a valid, unique GTIN', async () => {
    const rows = await handle.db.select({ gtin: t.variants.gtin, gtin14: t.variants.gtin14 }).from(t.variants)
    expect(rows.length).toBeGreaterThan(1000)
    for (const row of rows) {
      expect(isValidGtin(row.gtin)).toBe(true)
      expect(normalizeGtin(row.gtin)).toBe(row.gtin14)
    }
    expect(new Set(rows.map((r) => r.gtin14)).size).toBe(rows.length)
  })

  it('has a three-image gallery for every product colour', async () => {
    const galleries = await handle.db
      .select({ key: sql<string>`${t.productImages.productId} || ':' || ${t.productImages.colorCode}`, n: sql<number>`count(*)::int` })
      .from(t.productImages)
      .groupBy(t.productImages.productId, t.productImages.colorCode)
    const sizes = new Map(galleries.map((g) => [g.key, g.n]))
    const colors = await handle.db.select().from(t.productColors)
    for (const c of colors) expect(sizes.get(`${c.productId}:${c.code}`)).toBe(3)
  })

  it('keeps the stock ledger in balance', async () => {
    const sums = await handle.db
      .select({
        key: sql<string>`${t.inventoryMovements.storeId} || ':' || ${t.inventoryMovements.variantId}`,
        q: sql<number>`sum(${t.inventoryMovements.quantity})::int`,
      })
      .from(t.inventoryMovements)
      .groupBy(t.inventoryMovements.storeId, t.inventoryMovements.variantId)
    const ledger = new Map(sums.map((s) => [s.key, s.q]))
    const levels = await handle.db.select().from(t.inventoryLevels)
    const unbalanced = levels.filter((l) => l.onHand !== (ledger.get(`${l.storeId}:${l.variantId}`) ?? 0))
    expect(unbalanced).toEqual([])
    expect(levels.filter((l) => l.onHand === 0).length / levels.length).toBeGreaterThan(0.1)
  })

  it('has reviews on most products', async () => {
    const reviewed = await handle.db.selectDistinct({ id: t.reviews.productId }).from(t.reviews)
    expect(reviewed.length / (await countOf(t.products))).toBeGreaterThan(0.75)
    const [early] = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(t.reviews)
      .innerJoin(t.products, eq(t.products.id, t.reviews.productId))
      .where(sql`${t.reviews.createdAt} < ${t.products.createdAt}`)
    expect(early.n).toBe(0)
  })

  it('includes Harbor Sunglasses in tortoise, in stock somewhere and sold out somewhere', async () => {
    const [harbor] = await handle.db.select().from(t.products).where(eq(t.products.name, 'Harbor Sunglasses'))
    expect(harbor).toBeDefined()
    const levels = await handle.db
      .select({ onHand: t.inventoryLevels.onHand })
      .from(t.inventoryLevels)
      .innerJoin(t.variants, eq(t.variants.id, t.inventoryLevels.variantId))
      .where(sql`${t.variants.productId} = ${harbor.id} and ${t.variants.colorCode} = 'tortoise'`)
    expect(levels.some((l) => l.onHand > 0)).toBe(true)
    expect(levels.some((l) => l.onHand === 0)).toBe(true)
  })

  it('does nothing when products exist, and reset reseeds from scratch', async () => {
    expect(await seedIfEmpty(handle.db)).toBe(false)
    await seedDemo(handle.db, { reset: true })
    expect(await countOf(t.products)).toBe(generateDemoData().products.length)
    const [meta] = await handle.db.select().from(t.meta).where(eq(t.meta.key, 'demo_seed_version'))
    expect(meta.value).toBeTruthy()
  })

  it('generates identical data on every run', () => {
    expect(JSON.stringify(generateDemoData())).toBe(JSON.stringify(generateDemoData()))
  })

  it('builds catalogue rows the storefront can rely on', () => {
    const data = generateDemoData()
    expect(new Set(data.products.map((p) => p.name)).size).toBe(data.products.length)
    expect(new Set(data.products.map((p) => p.handle)).size).toBe(data.products.length)
    expect(new Set(data.variants.map((v) => v.sku)).size).toBe(data.variants.length)
    for (const p of data.products) expect(p.priceAmount % 100).toSatisfy((c: number) => [0, 95, 99].includes(c))
    const perCategory = (slug: string) => data.products.filter((p) => p.categoryId === data.categories.find((c) => c.slug === slug)?.id).length
    expect(perCategory('eyewear')).toBeGreaterThanOrEqual(20)
    expect(perCategory('hats-accessories')).toBeGreaterThanOrEqual(15)
    for (const image of data.productImages) {
      expect(parseArtPath(image.url.replace('/media/art/', '').split('/')), image.url).not.toBeNull()
    }
    const sweater = data.products.find((p) => p.name === 'Alder Merino Crew Sweater')
    const harbor = data.products.find((p) => p.name === 'Harbor Sunglasses')
    const colorsOf = (id?: string) => data.productColors.filter((c) => c.productId === id).map((c) => c.code)
    expect(colorsOf(sweater?.id)).toContain('blue')
    expect(colorsOf(harbor?.id)).toEqual(expect.arrayContaining(['tortoise', 'black']))
    expect(data.products.filter((p) => p.featured)).toHaveLength(12)
  })
})
