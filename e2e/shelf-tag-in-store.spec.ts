import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { cumulativeLayoutShift } from './layout-shift'

// A shopper points the phone's own camera at one of our shelf tags: the QR code carries
// `/tag/{storeId}/{gtin}`, which sets the store and opens the product in in-store mode.

const TORTOISE_GTIN = '8034592001024' // Harbor Sunglasses, tortoise (one size)
const UNKNOWN_GTIN = '4006381333931' // a valid EAN-13 we do not sell
const MISREAD_GTIN = '8034592001025' // the tortoise GTIN with a wrong check digit

const phone = { width: 390, height: 844 }
const desktop = { width: 1280, height: 800 }

type Store = { id: string; slug: string; name: string; location: { lat: number; lng: number } }
type VariantStock = { colorCode: string; size: string | null; available: number; aisle: string | null; bay: string | null }
type StoreStock = { store: Store & { distanceKm: number | null }; variants: VariantStock[] }

async function wickerPark(request: APIRequestContext): Promise<Store> {
  const stores = (await (await request.get('/api/v1/stores')).json()) as Store[]
  const store = stores.find((s) => s.slug === 'wicker-park') ?? stores[0]
  expect(store).toBeDefined()
  return store
}

/** Stock in every store, this store first; with `from`, distances measured from that point. */
async function stockAt(request: APIRequestContext, handle: string, storeId: string, from?: Store['location']): Promise<StoreStock[]> {
  const point = from ? `&lat=${from.lat}&lng=${from.lng}` : ''
  const res = await request.get(`/api/v1/products/${handle}/availability?storeId=${storeId}${point}`)
  expect(res.status()).toBe(200)
  const body = (await res.json()) as { stores: StoreStock[] }
  expect(body.stores[0].store.id).toBe(storeId)
  return body.stores
}

const total = (variants: VariantStock[], colorCode: string, size: string | null = null) =>
  variants.filter((v) => v.colorCode === colorCode && (size === null || v.size === size)).reduce((n, v) => n + v.available, 0)

const hereLabel = (n: number) => (n > 0 ? `${n} here` : 'Out here')
const badge = (n: number) => (n === 0 ? 'Out of stock' : n <= 2 ? `Only ${n} left` : 'In stock')
/** The "Stock here" figure: the count, then its badge. */
const stockHere = (n: number) => new RegExp(`^${n}\\s*${badge(n)}$`)

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
}

test.describe('at 390x844', () => {
  test.use({ viewport: phone })

  test('a shelf tag opens the scanned colour in in-store mode for that store', async ({ page, axe, request, context }) => {
    const store = await wickerPark(request)
    const stores = await stockAt(request, 'harbor-sunglasses', store.id)
    const here = stores[0].variants
    const tortoise = here.find((v) => v.colorCode === 'tortoise')!

    // What the camera app receives: a redirect that sets the store.
    const redirect = await request.get(`/tag/${store.id}/${TORTOISE_GTIN}`, { maxRedirects: 0 })
    expect(redirect.status()).toBe(303)
    expect(redirect.headers()['location']).toBe('/p/harbor-sunglasses?color=tortoise&via=tag')
    expect(redirect.headers()['cache-control']).toBe('no-store')
    expect(redirect.headers()['set-cookie']).toContain(`aisle_store=${store.id}`)

    await page.goto(`/tag/${store.id}/${TORTOISE_GTIN}`)
    await expect(page).toHaveURL(/\/p\/harbor-sunglasses\?color=tortoise&via=tag$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Harbor Sunglasses' })).toBeVisible()
    expect((await context.cookies()).find((c) => c.name === 'aisle_store')?.value).toBe(store.id)

    const main = page.getByRole('main')
    await expect(main.getByText('Scanned', { exact: true })).toBeVisible()
    await expect(main.getByRole('link', { name: 'Scan another' })).toHaveAttribute('href', '/scan')

    const panel = page.getByRole('region', { name: `In store at ${store.name}` })
    await expect(panel).toBeVisible()
    await expect(panel).toContainText('Price here')
    await expect(panel).toContainText('$148.00')
    await expect(panel.getByRole('definition').nth(1)).toHaveText(stockHere(total(here, 'tortoise')))
    if (tortoise.available > 0) {
      await expect(panel.getByText(`Find it in aisle ${tortoise.aisle}, bay ${tortoise.bay}`, { exact: true })).toBeVisible()
    }
    // Every colour with its count here, each a link to that colour.
    for (const [code, name] of [['tortoise', 'Tortoise'], ['black', 'Black'], ['honey', 'Honey'], ['smoke', 'Smoke']]) {
      const link = panel.getByRole('link', { name: new RegExp(`^${name}\\b`) })
      await expect(link).toContainText(hereLabel(total(here, code)))
      await expect(link).toHaveAttribute('href', `/p/harbor-sunglasses?color=${code}`)
    }
    await expect(panel.getByRole('link', { name: /^Tortoise\b/ })).toHaveAttribute('aria-current', 'true')

    // On a phone, right after a scan, the shelf answer and the reviews come before the photos.
    const reviews = page.getByRole('region', { name: 'What shoppers say' })
    await expect(reviews).toContainText(/\d\.\d/)
    await expect(reviews.getByRole('link', { name: /^Read all \d+ reviews?$/ })).toHaveAttribute('href', '#reviews')
    const gallery = page.getByRole('region', { name: /^Harbor Sunglasses in Tortoise: images$/ })
    const [panelBox, reviewsBox, galleryBox] = await Promise.all([panel.boundingBox(), reviews.boundingBox(), gallery.boundingBox()])
    expect(panelBox!.y).toBeLessThan(phone.height)
    expect(panelBox!.y).toBeLessThan(reviewsBox!.y)
    expect(reviewsBox!.y).toBeLessThan(galleryBox!.y)

    // Nearby stores that have it, nearest to this store first.
    const fromHere = await stockAt(request, 'harbor-sunglasses', store.id, store.location)
    const withIt = fromHere.slice(1).filter((s) => total(s.variants, 'tortoise') > 0)
    const nearby = page.getByRole('region', { name: 'Nearby stores with it' })
    await expect(nearby).toContainText(`distance from ${store.name}`)
    const rows = nearby.getByRole('listitem')
    await expect(rows).toHaveCount(Math.min(3, withIt.length))
    const nearest = [...withIt].sort((a, b) => a.store.distanceKm! - b.store.distanceKm!)
    const texts = await rows.allInnerTexts()
    const miles = texts.map((t) => Number(/(\d+(?:\.\d)?) mi\b/.exec(t)?.[1]))
    expect(miles).toEqual([...miles].sort((a, b) => a - b))
    expect(miles.every((m) => m > 0)).toBe(true)
    for (const [i, text] of texts.entries()) expect(text).toContain(nearest[i].store.name)
    await expect(rows.first().getByRole('link', { name: nearest[0].store.name })).toHaveAttribute('href', `/stores/${nearest[0].store.slug}`)

    await settle(page)
    const cls = await cumulativeLayoutShift(page)
    expect(cls, 'cumulative layout shift of the in-store page').toBeLessThan(0.1)
    await axe.check(page)
    await page.screenshot({ path: 'test-results/screens/in-store-product-390x844.png', fullPage: true })
  })

  test('the store stays chosen: another colour, and a later plain visit', async ({ page, axe, request }) => {
    const store = await wickerPark(request)
    const here = (await stockAt(request, 'harbor-sunglasses', store.id))[0].variants
    await page.goto(`/tag/${store.id}/${TORTOISE_GTIN}`)
    const panel = page.getByRole('region', { name: `In store at ${store.name}` })
    await expect(panel).toBeVisible()

    await panel.getByRole('link', { name: /^Black\b/ }).click()
    await expect(page).toHaveURL(/\/p\/harbor-sunglasses\?color=black$/)
    await expect(panel.getByRole('link', { name: /^Black\b/ })).toHaveAttribute('aria-current', 'true')
    await expect(panel.getByRole('definition').nth(1)).toHaveText(stockHere(total(here, 'black')))

    // Later, a plain visit: the cookie keeps the page in in-store mode, without the scan chip.
    await page.goto('/p/harbor-sunglasses')
    await expect(page.getByRole('region', { name: `In store at ${store.name}` })).toBeVisible()
    await expect(page.getByRole('main').getByText('Scanned', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Change store' })).toHaveAttribute('href', '/stores')
    await axe.check(page)
  })

  test('a sized item lands on its size, with every size and colour counted here', async ({ page, axe, request }) => {
    const store = await wickerPark(request)
    const product = await (await request.get('/api/v1/products/alder-merino-crew-sweater')).json()
    const variant = (product.variants as { gtin: string; colorCode: string; size: string }[]).find((v) => v.size === 'M')!
    const here = (await stockAt(request, product.handle, store.id))[0].variants

    await page.goto(`/tag/${store.slug}/${variant.gtin}`)
    await expect(page).toHaveURL(new RegExp(`/p/${product.handle}\\?color=${variant.colorCode}&size=M&via=tag$`))
    const panel = page.getByRole('region', { name: `In store at ${store.name}` })
    await expect(panel).toBeVisible()
    for (const size of product.sizes as string[]) {
      await expect(panel.getByRole('link', { name: new RegExp(`^${size}\\b`) })).toContainText(
        hereLabel(total(here, variant.colorCode, size)),
      )
    }
    await expect(panel.getByRole('link', { name: /^M\b/ })).toHaveAttribute('aria-current', 'true')
    await expect(panel).toContainText('counts in size M')
    await settle(page)
    await axe.check(page)
    await page.screenshot({ path: 'test-results/screens/in-store-sized-390x844.png', fullPage: true })
  })

  test('an item we do not sell, a misprinted code and an unknown store each get a clear answer', async ({ page, axe, request, context }) => {
    const store = await wickerPark(request)

    const missing = await request.get(`/tag/${store.id}/${UNKNOWN_GTIN}`, { maxRedirects: 0 })
    expect(missing.status()).toBe(303)
    expect(missing.headers()['location']).toBe(`/scan?missing=${UNKNOWN_GTIN}`)
    // The shopper is still in our store, so the store is still remembered.
    expect(missing.headers()['set-cookie']).toContain(`aisle_store=${store.id}`)

    const misread = await page.goto(`/tag/${store.id}/${MISREAD_GTIN}`)
    expect(misread?.status()).toBe(400)
    await expect(page.getByRole('heading', { level: 1, name: 'This code can’t be read' })).toBeVisible()
    await expect(page.getByText(/check digit/)).toBeVisible()
    await expect(page.getByRole('link', { name: 'Scan a barcode' })).toHaveAttribute('href', '/scan')
    await axe.check(page)
    expect(await context.cookies()).toEqual([])

    const asJson = await request.get(`/tag/${store.id}/${MISREAD_GTIN}`, { maxRedirects: 0 })
    expect(asJson.status()).toBe(400)
    expect(await asJson.json()).toMatchObject({ type: '/problems/invalid-code' })
    for (const path of [`/tag/${store.id}/not-a-gtin`, `/tag/${store.id}/123456789`, '/01/12345']) {
      const res = await request.get(path, { maxRedirects: 0 })
      expect(res.status(), path).toBe(400)
    }

    const unknownStore = await request.get(`/tag/str_nosuchstore/${TORTOISE_GTIN}`, { maxRedirects: 0 })
    expect(unknownStore.status()).toBe(303)
    expect(unknownStore.headers()['location']).toBe('/p/harbor-sunglasses?color=tortoise&via=tag')
    expect(unknownStore.headers()['set-cookie']).toBeUndefined()
  })

  test('a GS1 Digital Link opens the product, without choosing a store', async ({ page, axe, context }) => {
    await page.goto(`/01/${TORTOISE_GTIN.padStart(14, '0')}`)
    await expect(page).toHaveURL(/\/p\/harbor-sunglasses\?color=tortoise&via=scan$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Harbor Sunglasses' })).toBeVisible()
    await expect(page.getByRole('main').getByText('Scanned', { exact: true })).toBeVisible()
    await expect(page.getByRole('region', { name: /^In store at/ })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Tortoise', exact: true })).toHaveAttribute('aria-current', 'true')
    expect(await context.cookies()).toEqual([])
    await axe.check(page)
  })

  test('a Digital Link with lot and serial qualifiers opens the same product', async ({ request }) => {
    const res = await request.get(`/01/${TORTOISE_GTIN.padStart(14, '0')}/10/LOT42/21/SN0001`, { maxRedirects: 0 })
    expect(res.status()).toBe(303)
    expect(res.headers()['location']).toBe('/p/harbor-sunglasses?color=tortoise&via=scan')
  })
})

test.describe('at 1280x800', () => {
  test.use({ viewport: desktop })

  test('in-store mode beside the gallery', async ({ page, axe, request }) => {
    const store = await wickerPark(request)
    await page.goto(`/tag/${store.id}/${TORTOISE_GTIN}`)
    const panel = page.getByRole('region', { name: `In store at ${store.name}` })
    await expect(panel).toBeVisible()
    const gallery = page.getByRole('region', { name: /^Harbor Sunglasses in Tortoise: images$/ })
    const [panelBox, galleryBox] = await Promise.all([panel.boundingBox(), gallery.boundingBox()])
    // Two columns: the gallery on the left, the panel on the right within the first screen.
    expect(galleryBox!.x + galleryBox!.width).toBeLessThan(panelBox!.x)
    expect(panelBox!.y).toBeLessThan(desktop.height)
    await settle(page)
    expect(await cumulativeLayoutShift(page)).toBeLessThan(0.1)
    await axe.check(page)
    await page.screenshot({ path: 'test-results/screens/in-store-product-1280x800.png', fullPage: true })
  })
})
