import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { openTestDb } from '../db/testing'
import { listStores } from '../stores'
import { getProduct } from './product'
import { resolveLanding } from './landing'
import { missingLandingHref, productLandingHref, scanDestination } from './landing-href'
import type { CodeMatch } from './schemas'

describe('landing hrefs', () => {
  it('opens the scanned colour and size, and says how the shopper came', () => {
    expect(productLandingHref('alder-crew', { colorCode: 'blue', size: 'M' }, 'tag')).toBe('/p/alder-crew?color=blue&size=M&via=tag')
  })

  it('leaves the size out for a one-size item', () => {
    expect(productLandingHref('harbor-sunglasses', { colorCode: 'tortoise', size: null }, 'scan')).toBe(
      '/p/harbor-sunglasses?color=tortoise&via=scan',
    )
  })

  it('escapes what it puts in the query', () => {
    expect(productLandingHref('tee', { colorCode: 'navy', size: '1/2 & up' }, 'tag')).toBe('/p/tee?color=navy&size=1%2F2+%26+up&via=tag')
    expect(missingLandingHref('4006381333931')).toBe('/scan?missing=4006381333931')
  })

  it('a scan opens the variant; a shelf tag goes through its URL so its store is set', () => {
    const match = {
      matchedBy: 'gtin',
      product: { handle: 'harbor-sunglasses' },
      variant: { gtin: '8034592001024', colorCode: 'tortoise', size: null },
      storeId: null,
    } as unknown as CodeMatch
    expect(scanDestination(match)).toBe('/p/harbor-sunglasses?color=tortoise&via=scan')
    expect(scanDestination({ ...match, matchedBy: 'shelf-tag', storeId: 'str_1' })).toBe('/tag/str_1/8034592001024')
  })
})

describe('resolveLanding', () => {
  let h: DbHandle
  let store: { id: string; slug: string }
  beforeAll(async () => {
    h = await openTestDb('pglite')
    store = (await listStores(h.db))[0]
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('lands a shelf tag on its variant and names the store by id or by slug', async () => {
    const harbor = (await getProduct(h.db, 'harbor-sunglasses'))!
    const tortoise = harbor.variants.find((v) => v.colorCode === 'tortoise')!
    const expected = { kind: 'product', href: '/p/harbor-sunglasses?color=tortoise&via=tag', storeId: store.id }
    expect(await resolveLanding(h.db, { gtin: tortoise.gtin, storeRef: store.id, via: 'tag' })).toEqual(expected)
    expect(await resolveLanding(h.db, { gtin: tortoise.gtin, storeRef: store.slug, via: 'tag' })).toEqual(expected)
    expect(await resolveLanding(h.db, { gtin: tortoise.gtin.padStart(14, '0'), storeRef: store.id, via: 'tag' })).toEqual(expected)
  })

  it('keeps the size of a sized variant', async () => {
    const sweater = (await getProduct(h.db, 'alder-merino-crew-sweater'))!
    const variant = sweater.variants.find((v) => v.size === 'M')!
    const landing = await resolveLanding(h.db, { gtin: variant.gtin, via: 'scan' })
    expect(landing).toEqual({
      kind: 'product',
      href: `/p/alder-merino-crew-sweater?color=${variant.colorCode}&size=M&via=scan`,
      storeId: null,
    })
  })

  it('still reaches the item when the store is unknown or malformed, without naming a store', async () => {
    const harbor = (await getProduct(h.db, 'harbor-sunglasses'))!
    const gtin = harbor.variants[0].gtin
    for (const storeRef of ['str_doesnotexist', 'no such store', 'x'.repeat(61)]) {
      expect(await resolveLanding(h.db, { gtin, storeRef, via: 'tag' })).toMatchObject({ kind: 'product', storeId: null })
    }
  })

  it('sends a valid GTIN we do not sell to the scan page, and keeps the store', async () => {
    expect(await resolveLanding(h.db, { gtin: '4006381333931', storeRef: store.id, via: 'tag' })).toEqual({
      kind: 'missing',
      href: '/scan?missing=4006381333931',
      storeId: store.id,
    })
  })

  it('refuses what cannot be a GTIN: wrong check digit, wrong length, not digits', async () => {
    for (const gtin of ['4006381333932', '123456789', 'AIS-HARB-TOR', '1'.repeat(15), '']) {
      const landing = await resolveLanding(h.db, { gtin, storeRef: store.id, via: 'tag' })
      expect(landing.kind, gtin).toBe('invalid')
    }
    expect(await resolveLanding(h.db, { gtin: '4006381333932', via: 'scan' })).toEqual({
      kind: 'invalid',
      reason: expect.stringMatching(/check digit/),
    })
  })
})
