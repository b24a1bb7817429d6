import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'
import { GET as listProducts } from './products/route'
import { GET as getProduct } from './products/[handle]/route'
import { GET as availability } from './products/[handle]/availability/route'
import { GET as reviews } from './products/[handle]/reviews/route'
import { GET as byCode } from './products/by-code/[code]/route'
import { GET as listStores } from './stores/route'
import { GET as getStore } from './stores/[id]/route'
import { GET as categories } from './categories/route'
import { GET as openapi } from './openapi.json/route'
import { GET as unknown } from './[...rest]/route'

const base = 'http://aisle.test/api/v1'
const req = (path: string) => new Request(`${base}${path}`)
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) })

async function problem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body).toMatchObject({ type: `/problems/${type}`, status })
  expect(typeof body.title).toBe('string')
  return body
}

/** The API paths the route files under app/api/v1 serve (`[id]` → `{id}`), minus the document itself, the catch-all and files (a `.` in the path). */
function routePaths(): string[] {
  const root = path.join(process.cwd(), 'app/api/v1')
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((f) => path.basename(f) === 'route.ts')
    .map((f) => `/${path.dirname(f).split(path.sep).join('/')}`.replace(/\[(\w+)\]/g, '{$1}'))
    .filter((p) => !p.includes('.') && !p.includes('[...'))
    .sort()
}

/** The BFF's HTTP contract; run by one test file per database driver. */
export function apiCases() {
  it('lists and searches products as JSON with cache headers', async () => {
    const res = await listProducts(req('/products?q=harbor%20sunglases&limit=5'), ctx({}))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const body = await res.json()
    expect(body.items[0].name).toBe('Harbor Sunglasses')
  })

  it('answers bad list parameters with field errors', async () => {
    const body = await problem(await listProducts(req('/products?minPrice=abc&limit=1000'), ctx({})), 400, 'validation')
    expect(body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['limit', 'minPrice'])
    await problem(await listProducts(req('/products?cursor=zzz'), ctx({})), 400, 'invalid-cursor')
  })

  it('returns a product and 404s an unknown handle', async () => {
    const ok = await getProduct(req('/products/harbor-sunglasses'), ctx({ handle: 'harbor-sunglasses' }))
    expect(ok.status).toBe(200)
    expect((await ok.json()).name).toBe('Harbor Sunglasses')
    await problem(await getProduct(req('/products/nope'), ctx({ handle: 'nope' })), 404, 'product-not-found')
    await problem(await getProduct(req('/products/NO%20PE'), ctx({ handle: 'NO PE' })), 400, 'validation')
  })

  it('resolves codes, and says clearly when it cannot', async () => {
    const product = await (await getProduct(req('/products/harbor-sunglasses'), ctx({ handle: 'harbor-sunglasses' }))).json()
    const variant = product.variants[0]
    const hit = await byCode(req(`/products/by-code/${variant.gtin}`), ctx({ code: variant.gtin }))
    expect(hit.status).toBe(200)
    expect((await hit.json()).variant.id).toBe(variant.id)
    const unknownCode = await problem(await byCode(req('/products/by-code/4006381333931'), ctx({ code: '4006381333931' })), 404, 'code-not-found')
    expect(unknownCode.code).toBe('4006381333931')
    await problem(await byCode(req('/products/by-code/4006381333932'), ctx({ code: '4006381333932' })), 400, 'invalid-code')
  })

  it('gives availability nearest first and validates coordinates', async () => {
    const res = await availability(req('/products/harbor-sunglasses/availability?lat=41.88&lng=-87.63'), ctx({ handle: 'harbor-sunglasses' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/max-age=5/)
    const body = await res.json()
    expect(body.stores[0].store.distanceKm).toBeLessThanOrEqual(body.stores[1].store.distanceKm)
    const bad = await problem(
      await availability(req('/products/harbor-sunglasses/availability?lat=91'), ctx({ handle: 'harbor-sunglasses' })),
      400,
      'validation',
    )
    expect(bad.errors.length).toBeGreaterThan(0)
    await problem(await availability(req('/products/nope/availability'), ctx({ handle: 'nope' })), 404, 'product-not-found')
  })

  it('pages reviews', async () => {
    const res = await reviews(req('/products/harbor-sunglasses/reviews?limit=2'), ctx({ handle: 'harbor-sunglasses' }))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.items.length).toBeLessThanOrEqual(2)
    await problem(await reviews(req('/products/harbor-sunglasses/reviews?limit=0'), ctx({ handle: 'harbor-sunglasses' })), 400, 'validation')
  })

  it('lists stores and finds one by id or slug', async () => {
    const list = await (await listStores(req('/stores?lat=41.88&lng=-87.63'), ctx({}))).json()
    expect(list.length).toBeGreaterThanOrEqual(8)
    const one = await getStore(req(`/stores/${list[0].slug}`), ctx({ id: list[0].slug }))
    expect((await one.json()).id).toBe(list[0].id)
    await problem(await getStore(req('/stores/nope'), ctx({ id: 'nope' })), 404, 'store-not-found')
    await problem(await listStores(req('/stores?lat=41'), ctx({})), 400, 'validation')
  })

  it('lists categories', async () => {
    expect(await (await categories(req('/categories'), ctx({}))).json()).toHaveLength(6)
  })

  it('answers unknown API paths with problem+json', async () => {
    await problem(unknown(req('/nothing/here')), 404, 'route-not-found')
  })

  it('publishes an OpenAPI 3.1 document covering every route', async () => {
    const doc = await openapi().json()
    expect(doc.openapi).toBe('3.1.0')
    // Every route handler under app/api/v1 is documented, and nothing documented is missing a handler.
    expect(Object.keys(doc.paths).sort()).toEqual(routePaths())
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/products', '/reservations/{id}', '/stream']))
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? []
    for (const ref of refs) expect(doc.components.schemas[ref.split('/').pop()!]).toBeDefined()
    expect(doc.components.schemas.Problem).toBeDefined()
  })
}
