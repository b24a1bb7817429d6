import { request as playwrightRequest, type Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The end-to-end story, in three browsers at once: shopper A watches the last unit at a
// store, shopper B reserves it, A's page drops to none without a reload; staff mark it ready and
// B's page says so live; staff scan B's pickup QR with a USB scanner and B's page shows it collected.
// The product is one no other spec touches, so its stock moves only by this test's hand.
const HANDLE = 'halsted-stoneware-mug'
const STORE_SLUG = 'wicker-park'
const ASSOCIATE = { id: 'E101', pin: '2468' }
const MANAGER = { id: 'E102', pin: '1357' }
const phone = { width: 390, height: 844 }

type Product = { handle: string; name: string; variants: { id: string; colorCode: string; size: string | null }[] }
type Store = { id: string; slug: string; name: string }

/** A USB scanner in keyboard-wedge mode: the characters in one burst, then Enter. */
async function scannerBurst(page: Page, text: string) {
  await page.evaluate((code) => {
    for (const key of [...code, 'Enter']) {
      ;(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    }
  }, text)
}

const stockHere = (page: Page, store: Store) => page.getByRole('region', { name: `In store at ${store.name}` }).getByRole('definition').nth(1)

test('the last unit: reserved on one phone, gone on another within a second, readied and handed over live', async ({ browser, baseURL, axe }) => {
  test.slow()
  const api = await playwrightRequest.newContext({ baseURL })
  const product: Product = await (await api.get(`/api/v1/products/${HANDLE}`)).json()
  const store: Store = await (await api.get(`/api/v1/stores/${STORE_SLUG}`)).json()
  const variant = product.variants[0]
  const productPath = `/p/${HANDLE}?color=${variant.colorCode}`

  // The manager counts the shelf: exactly one left here.
  const manager = await playwrightRequest.newContext({ baseURL })
  expect((await manager.post('/api/v1/staff/session', { data: { staffId: MANAGER.id, pin: MANAGER.pin } })).status()).toBe(201)
  const count = await manager.post(`/api/v1/stores/${store.id}/movements`, { data: { kind: 'count', variantId: variant.id, counted: 1 } })
  expect(count.status(), await count.text()).toBe(201)
  expect((await count.json()).level).toMatchObject({ onHand: 1, available: 1 })

  const inStore = { name: 'aisle_store', value: store.id, url: baseURL! }
  const contextA = await browser.newContext({ viewport: phone })
  const contextB = await browser.newContext({ viewport: phone })
  const contextStaff = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await contextA.addCookies([inStore])
  await contextB.addCookies([inStore])
  try {
    // Shopper A watches the product in in-store mode: one here, and the stream is connected.
    const a = await contextA.newPage()
    await a.goto(productPath)
    await expect(stockHere(a, store)).toHaveText(/^1\s*Only 1 left$/)
    await expect(a.getByText('Live stock updates').first()).toBeAttached()

    // Staff open the pickup desk.
    const desk = await contextStaff.newPage()
    await desk.goto('/staff/sign-in')
    await desk.getByLabel('Staff ID').fill(ASSOCIATE.id)
    await desk.getByLabel('PIN').fill(ASSOCIATE.pin)
    await desk.getByRole('button', { name: 'Sign in' }).click()
    await expect(desk).toHaveURL(/\/staff\/pickup$/)

    // Shopper B reserves it.
    const b = await contextB.newPage()
    await b.goto(productPath)
    await b.getByRole('link', { name: 'Reserve for pickup' }).first().click()
    await b.getByRole('radio', { name: new RegExp(`^${store.name}\\b`) }).check()
    await b.getByRole('button', { name: 'Hold it for me' }).click()
    await expect(b.getByRole('heading', { level: 1, name: 'We’re holding it for you' })).toBeVisible()
    const heldAt = Date.now()

    // A's page drops to none on its own: the hold already took the unit.
    await expect(stockHere(a, store)).toHaveText(/^0\s*Out of stock$/, { timeout: 5_000 })
    test.info().annotations.push({ type: 'hold → other shopper’s page', description: `${Date.now() - heldAt} ms (incl. polling)` })

    await b.getByRole('textbox', { name: 'Name' }).fill('Bea Buyer')
    await b.getByRole('textbox', { name: 'Email' }).fill(`bea-${Date.now()}@example.com`)
    await b.getByRole('button', { name: 'Reserve it' }).click()
    await expect(b.getByRole('heading', { level: 1, name: 'Reserved' })).toBeVisible()
    const code = (await b.getByText(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/).textContent())!
    const [path, query] = b.url().replace(baseURL!, '').split('?')
    const reservation = await (await api.get(`/api/v1${path}?${query}`)).json()
    expect(reservation.pickupCode).toBe(code.replace('-', ''))

    // It arrives on the desk without a reload; staff mark it ready; B's page says so by itself.
    const card = desk.getByRole('region', { name: /To pick/ }).locator(`article[data-code="${reservation.pickupCode}"]`)
    await expect(card).toBeVisible()
    await card.getByRole('button', { name: 'Mark ready' }).click()
    await expect(b.locator('[aria-current="step"]')).toHaveText(/^Ready for pickup/)
    await expect(b.getByRole('heading', { level: 1, name: 'Ready for pickup' })).toBeVisible()
    await axe.check(b)

    // B shows the QR at the desk; the USB scanner reads it; staff hand it over.
    await scannerBurst(desk, reservation.pickupToken)
    const panel = desk.getByRole('dialog')
    await expect(panel).toContainText(code)
    await axe.check(desk)
    await panel.getByRole('button', { name: /^Hand over 1 item$/ }).click()
    await expect(desk.getByRole('region', { name: /Done today/ }).locator(`article[data-code="${reservation.pickupCode}"]`)).toBeVisible()
    await expect(b.getByText('Collected', { exact: true }).first()).toBeVisible()
    await expect(b.getByRole('heading', { level: 1, name: /^Collected/ })).toBeVisible()

    // The unit left the store: the ledger says none here, and so does A's page.
    await expect(stockHere(a, store)).toHaveText(/^0\s*Out of stock$/)
    const availability = await (await api.get(`/api/v1/products/${HANDLE}/availability?storeId=${store.id}`)).json()
    const here = availability.stores.find((s: { store: { id: string } }) => s.store.id === store.id)
    expect(here.variants.find((v: { variantId: string }) => v.variantId === variant.id).available).toBe(0)
  } finally {
    await Promise.all([contextA.close(), contextB.close(), contextStaff.close()])
    await manager.dispose()
    await api.dispose()
  }
})
