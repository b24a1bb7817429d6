import path from 'node:path'
import { request as playwrightRequest, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'
import { cachedUrls, controlledByWorker, PWA_SHOTS, savedForOffline, savedPages } from './pwa-fixtures'

// Browsing without a network: pages seen once open again offline (with a banner saying so), a page
// never seen gets the offline page, a saved page's stock is put right by the live feed as soon as it
// can connect, nothing personal or from the API is ever kept, and signing out drops what was saved.
// The products are ones no other spec touches.
const VISITED = 'larkin-brass-desk-lamp'
const UNVISITED = 'pike-fedora'
const MANAGER = { id: 'E102', pin: '1357' }

test.use({ viewport: { width: 390, height: 844 } })
// Each journey installs the service worker first (see pwa-fixtures).
test.slow()

const banner = (page: Page) => page.getByText('You’re offline — showing saved pages')

test('a product seen once opens offline with a banner; an unseen page gets the offline page', async ({ page, context, axe }) => {
  const product: { name: string } = await (await page.request.get(`/api/v1/products/${VISITED}`)).json()
  await page.goto(`/p/${VISITED}`)
  await controlledByWorker(page)
  await savedForOffline(page, `/p/${VISITED}`)
  await expect(banner(page)).toHaveCount(0)

  // Only the catalogue page itself and static files are kept: never an API answer.
  const cached = await cachedUrls(page)
  expect(cached.filter((c) => /^\/(api|staff|account|dev|reservations)\b/.test(c.url))).toEqual([])

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
  await expect(banner(page)).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(PWA_SHOTS, 'offline-product-390x844.png') })

  await page.goto(`/p/${UNVISITED}`)
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`/p/${UNVISITED}$`))
  // The pages this device has, to go to instead.
  const saved = page.getByRole('region', { name: 'Saved on this device' })
  await expect(saved.getByRole('link', { name: new RegExp(product.name) })).toHaveAttribute('href', `/p/${VISITED}`)
  await axe.check(page)
  await page.screenshot({ path: path.join(PWA_SHOTS, 'offline-page-390x844.png'), fullPage: true })

  await saved.getByRole('link', { name: new RegExp(product.name) }).click()
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()

  // Back online, every page is the server's again.
  await context.setOffline(false)
  await page.goto(`/p/${UNVISITED}`)
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toHaveCount(0)
  await expect(banner(page)).toHaveCount(0)
})

test('a saved page shows the stock it was saved with until the live feed corrects it', async ({ browser, baseURL, axe }) => {
  const api = await playwrightRequest.newContext({ baseURL })
  const product: { variants: { id: string; colorCode: string }[] } = await (await api.get(`/api/v1/products/${VISITED}`)).json()
  const store: { id: string; name: string } = await (await api.get('/api/v1/stores/wicker-park')).json()
  const variant = product.variants[0]
  expect((await api.post('/api/v1/staff/session', { data: { staffId: MANAGER.id, pin: MANAGER.pin } })).status()).toBe(201)
  const count = (counted: number) => api.post(`/api/v1/stores/${store.id}/movements`, { data: { kind: 'count', variantId: variant.id, counted } })
  expect((await count(3)).status()).toBe(201)

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  await context.addCookies([{ name: 'aisle_store', value: store.id, url: baseURL! }])
  try {
    const page = await context.newPage()
    const here = page.getByRole('region', { name: `In store at ${store.name}` }).getByRole('definition').nth(1)
    const productPath = `/p/${VISITED}?color=${variant.colorCode}`
    await page.goto(productPath)
    await expect(here).toHaveText(/^3\D/)
    await controlledByWorker(page)
    await savedForOffline(page, productPath)

    await context.setOffline(true)
    await page.reload()
    await expect(banner(page)).toBeVisible()
    await expect(here).toHaveText(/^3\D/)
    // Sold meanwhile, while this phone had no signal.
    expect((await count(1)).status()).toBe(201)

    // The copy was rendered at an event id; the feed replays every change since, once it connects.
    await context.setOffline(false)
    await expect(here).toHaveText(/^1\D/, { timeout: 15_000 })
    await axe.check(page)
  } finally {
    await context.close()
    await api.dispose()
  }
})

test('signing out drops the saved pages', async ({ page }) => {
  await signInByEmail(page, `pwa-${Date.now().toString(36)}@example.com`)
  await page.goto(`/p/${VISITED}`)
  await controlledByWorker(page)
  await savedForOffline(page, `/p/${VISITED}`)

  // Signing out in this browser goes through the worker, which forgets every saved page once it succeeds.
  const status = await page.evaluate(async () => (await fetch('/api/v1/auth/session', { method: 'DELETE' })).status)
  expect(status).toBe(204)
  await expect.poll(() => savedPages(page)).toEqual([])
})
