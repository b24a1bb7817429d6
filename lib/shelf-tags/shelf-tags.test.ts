import { sql } from 'drizzle-orm'
import bwipjs from 'bwip-js/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCode } from '../catalog/code'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { listStores } from '../stores'
import { barcodeSvg, listShelfTags, MAX_LABELS, qrSvg, ShelfTagQuery, symbologyFor, UnknownStore, UnprintableGtin } from '.'

const ORIGIN = 'https://aisle.example'

const query = (input: Record<string, unknown>): ShelfTagQuery => ShelfTagQuery.parse(input)

describe('symbology by GTIN length', () => {
  it('prints 13 digits as EAN-13, 12 as UPC-A and 8 as EAN-8', () => {
    expect(symbologyFor('8034592001024')).toBe('ean13')
    expect(symbologyFor('036000291452')).toBe('upca')
    expect(symbologyFor('96385074')).toBe('ean8')
  })

  it('refuses a GTIN-14, a wrong check digit and anything not a GTIN', () => {
    for (const code of ['10036000291459', '8034592001025', '803459200103', 'AIS-HARB-TOR', '']) {
      expect(() => symbologyFor(code), code).toThrow(UnprintableGtin)
    }
  })
})

describe('barcode and QR symbols', () => {
  const viewBox = (svg: string) => /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.slice(1).map(Number)

  it('draws each GTIN as a vector symbol of its own width', () => {
    const ean13 = barcodeSvg('8034592001024')
    const upca = barcodeSvg('036000291452')
    const ean8 = barcodeSvg('96385074')
    for (const svg of [ean13, upca, ean8]) expect(svg).toMatch(/^<svg [^>]*viewBox=/)
    // 95 modules for EAN-13 and UPC-A, 67 for EAN-8, plus quiet zones.
    expect(viewBox(ean8)[0]).toBeLessThan(viewBox(ean13)[0] - 20)
    expect(viewBox(upca)[0]).toBeGreaterThan(95)
    expect(() => barcodeSvg('8034592001025')).toThrow(UnprintableGtin)
  })

  it('gives the QR code a 4-module quiet zone', () => {
    const url = `${ORIGIN}/tag/str_9pzrvq9d0m3s/8034592001024`
    const [width, height] = viewBox(qrSvg(url))
    const [symbol] = bwipjs.raw({ bcid: 'qrcode', text: url, eclevel: 'M' } as Parameters<typeof bwipjs.raw>[0])
    const modules = 'pixx' in symbol ? symbol.pixx : NaN
    expect(width).toBe(height)
    expect(width / 2).toBe(modules + 8)
  })
})

describe('shelf-tag query', () => {
  it('treats blank form fields as no filter and rejects a malformed store id', () => {
    expect(query({ storeId: ' str_1 ', categorySlug: '', q: '  ' })).toEqual({ storeId: 'str_1' })
    expect(ShelfTagQuery.safeParse({ storeId: '../etc' }).success).toBe(false)
    expect(ShelfTagQuery.safeParse({ storeId: 's', q: 'x'.repeat(101) }).success).toBe(false)
  })
})

describe.each(testDrivers)('listShelfTags on %s', (driver) => {
  let h: DbHandle
  let storeId: string
  beforeAll(async () => {
    h = await openTestDb(driver)
    const stores = await listStores(h.db)
    storeId = stores.find((s) => s.name.includes('Wicker Park'))?.id ?? stores[0].id
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it("prints a variant's name, colour, price, codes and its shelf position in that store", async () => {
    const result = await listShelfTags(h.db, query({ storeId, categorySlug: 'eyewear' }), { origin: `${ORIGIN}/` })
    expect(result.store.id).toBe(storeId)
    expect(result.labels.length).toBeGreaterThan(20)
    const tag = result.labels.find((l) => l.sku === 'AIS-HARB-TOR')!
    expect(tag).toMatchObject({ productName: 'Harbor Sunglasses', handle: 'harbor-sunglasses', gtin: '8034592001024', storeId })
    expect(tag.colorName).not.toBe('')
    expect(tag.price.amount).toBeGreaterThan(0)
    const [level] = await rows<{ aisle: string; bay: string }>(
      h.db,
      sql`select l.aisle, l.bay from inventory_levels l join variants v on v.id = l.variant_id
          where l.store_id = ${storeId} and v.sku = 'AIS-HARB-TOR'`,
    )
    expect({ aisle: tag.aisle, bay: tag.bay }).toEqual(level)
    expect(tag.qrUrl).toBe(`${ORIGIN}/tag/${storeId}/8034592001024`)
    expect(parseCode(tag.qrUrl)).toMatchObject({ kind: 'gtin', gtin14: '08034592001024', storeRef: storeId })
  })

  it('lists labels in walking order: aisle, then bay as a number', async () => {
    const { labels } = await listShelfTags(h.db, query({ storeId, categorySlug: 'eyewear' }), { origin: ORIGIN })
    const keys = labels.map((l) => [l.aisle ?? '', Number(l.bay)] as const)
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1))
    expect(keys).toEqual(sorted)
  })

  it('prints a was-price only when it is higher than the price', async () => {
    const { labels } = await listShelfTags(h.db, query({ storeId }), { origin: ORIGIN })
    expect(labels.some((l) => l.compareAt)).toBe(true)
    expect(labels.every((l) => !l.compareAt || l.compareAt.amount > l.price.amount)).toBe(true)
  })

  it('finds labels by words, SKU prefix, GTIN, handle or exact SKU', async () => {
    const by = async (input: Record<string, unknown>) =>
      (await listShelfTags(h.db, query({ storeId, ...input }), { origin: ORIGIN })).labels.map((l) => l.sku)
    expect(await by({ q: 'harbor sunglasses' })).toContain('AIS-HARB-TOR')
    expect(await by({ q: 'ais-harb' })).toContain('AIS-HARB-TOR')
    expect(await by({ q: '8034592001024' })).toEqual(['AIS-HARB-TOR'])
    expect(await by({ q: '%' })).toEqual([])
    const harbor = await by({ handles: ['harbor-sunglasses'] })
    expect(harbor.length).toBeGreaterThan(0)
    expect(harbor.every((sku) => sku.startsWith('AIS-HARB'))).toBe(true)
    expect(await by({ sku: 'ais-harb-tor' })).toEqual(['AIS-HARB-TOR'])
    expect(await by({ handles: [] })).toEqual([])
  })

  it(`caps a request at ${MAX_LABELS} labels and says how many matched`, async () => {
    const all = await listShelfTags(h.db, query({ storeId }), { origin: ORIGIN })
    expect(all.labels).toHaveLength(MAX_LABELS)
    expect(all.total).toBeGreaterThan(MAX_LABELS)
    expect(all.capped).toBe(true)
    const few = await listShelfTags(h.db, query({ storeId, categorySlug: 'eyewear' }), { origin: ORIGIN, limit: 3 })
    expect(few.labels).toHaveLength(3)
    expect(few.capped).toBe(true)
  })

  it('answers an unknown store with UnknownStore and no matches with an empty list', async () => {
    await expect(listShelfTags(h.db, query({ storeId: 'str_nope' }), { origin: ORIGIN })).rejects.toBeInstanceOf(UnknownStore)
    const none = await listShelfTags(h.db, query({ storeId, q: 'zzzzqqqq' }), { origin: ORIGIN })
    expect(none).toMatchObject({ labels: [], total: 0, capped: false })
  })
})
