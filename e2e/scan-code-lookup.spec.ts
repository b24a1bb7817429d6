import { expect, test } from './fixtures'

// A scanner's lookups as the production server answers them (these reads take the server's fast lane).

type Variant = { id: string; gtin: string; sku: string }

async function harborVariant(request: import('@playwright/test').APIRequestContext): Promise<Variant> {
  const product = await (await request.get('/api/v1/products/harbor-sunglasses')).json()
  return product.variants[0]
}

test('a scanned GTIN, its 14-digit form and the SKU all land on the same variant', async ({ request }) => {
  const variant = await harborVariant(request)
  for (const code of [variant.gtin, variant.gtin.padStart(14, '0'), variant.sku.toLowerCase()]) {
    const response = await request.get(`/api/v1/products/by-code/${encodeURIComponent(code)}`)
    expect(response.status(), code).toBe(200)
    expect(response.headers()['content-type']).toMatch(/^application\/json/)
    expect(response.headers()['cache-control']).toMatch(/max-age=/)
    const match = await response.json()
    expect(match.variant.id).toBe(variant.id)
    expect(match.product.name).toBe('Harbor Sunglasses')
  }
})

test('a shelf-tag URL resolves and names its store', async ({ request }) => {
  const variant = await harborVariant(request)
  const [store] = await (await request.get('/api/v1/stores')).json()
  const tag = `https://aisle.example/tag/${store.id}/${variant.gtin}`
  const match = await (await request.get(`/api/v1/products/by-code/${encodeURIComponent(tag)}`)).json()
  expect(match).toMatchObject({ matchedBy: 'shelf-tag', storeId: store.id, variant: { id: variant.id } })
})

test('unknown, misread and malformed codes get clear problems, never a 500', async ({ request }) => {
  const unknown = await request.get('/api/v1/products/by-code/4006381333931')
  expect(unknown.status()).toBe(404)
  expect(await unknown.json()).toMatchObject({ type: '/problems/code-not-found', code: '4006381333931' })
  const misread = await request.get('/api/v1/products/by-code/4006381333932')
  expect(misread.status()).toBe(400)
  expect((await misread.json()).type).toBe('/problems/invalid-code')
  const malformed = await request.get('/api/v1/products/by-code/%E0%A4%A')
  expect(malformed.status()).toBeGreaterThanOrEqual(400)
  expect(malformed.status()).toBeLessThan(500)
})

test('lookups are compressed when the client accepts it, and HEAD has no body', async ({ request }) => {
  const variant = await harborVariant(request)
  const gzipped = await request.get(`/api/v1/products/by-code/${variant.gtin}`, { headers: { 'accept-encoding': 'gzip' } })
  expect(gzipped.headers()['content-encoding']).toBe('gzip')
  expect((await gzipped.json()).variant.id).toBe(variant.id)
  const head = await request.head(`/api/v1/products/by-code/${variant.gtin}`)
  expect(head.status()).toBe(200)
  expect((await head.body()).length).toBe(0)
})

test('availability lists every store nearest first and rejects bad coordinates', async ({ request }) => {
  const response = await request.get('/api/v1/products/harbor-sunglasses/availability?lat=41.88&lng=-87.63')
  expect(response.status()).toBe(200)
  const body = await response.json()
  const distances = body.stores.map((s: { store: { distanceKm: number } }) => s.store.distanceKm)
  expect(distances.length).toBeGreaterThanOrEqual(8)
  expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  const bad = await request.get('/api/v1/products/harbor-sunglasses/availability?lat=123&lng=0')
  expect(bad.status()).toBe(400)
  expect(bad.headers()['content-type']).toMatch(/^application\/problem\+json/)
  const missing = await request.get('/api/v1/products/no-such-thing/availability')
  expect(missing.status()).toBe(404)
})
