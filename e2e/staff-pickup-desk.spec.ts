import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The staff side of reserve-and-collect at Naperville (demo staff E061 associate, E062 manager;
// lib/staff/demo.ts), on the Marin Camera Bag, which no other journey touches.

test.describe.configure({ timeout: 90_000 })

const STORE_SLUG = 'naperville'
const HANDLE = 'marin-camera-bag'
const ASSOCIATE = { id: 'E061', pin: '2468' }
const MANAGER = { id: 'E062', pin: '1357' }

type Variant = { variantId: string; available: number }
type Reservation = { id: string; status: string; pickupCode: string; pickupToken: string }

async function storeAndVariants(request: APIRequestContext, slug = STORE_SLUG): Promise<{ storeId: string; variants: Variant[] }> {
  const stores: { id: string; slug: string }[] = await (await request.get('/api/v1/stores')).json()
  const storeId = stores.find((s) => s.slug === slug)!.id
  const availability: { stores: { store: { id: string }; variants: Variant[] }[] } = await (await request.get(`/api/v1/products/${HANDLE}/availability`)).json()
  const variants = availability.stores.find((s) => s.store.id === storeId)!.variants.filter((v) => v.available > 0)
  expect(variants.length, 'the bag is on the shelf in several colours').toBeGreaterThanOrEqual(slug === STORE_SLUG ? 3 : 1)
  return { storeId, variants }
}

async function reserve(request: APIRequestContext, storeId: string, variantId: string, name: string): Promise<Reservation> {
  const res = await request.post('/api/v1/reservations', {
    data: { storeId, lines: [{ variantId, quantity: 1 }], customer: { name, email: `${name.split(' ')[0].toLowerCase()}@example.com` } },
  })
  expect(res.status(), await res.text()).toBe(201)
  return res.json()
}

async function signIn(page: Page, who: { id: string; pin: string }) {
  await page.getByLabel('Staff id').fill(who.id)
  await page.getByLabel('PIN').fill(who.pin)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

const lane = (page: Page, name: RegExp) => page.getByRole('region', { name })
const card = (page: Page, code: string) => page.locator(`article[data-code="${code}"]`)

/** A USB scanner in keyboard-wedge mode: the text a millisecond apart, then Enter. Sent from inside the page (see scan-without-camera). */
async function scannerBurst(page: Page, text: string) {
  await page.evaluate((code) => {
    for (const key of [...code, 'Enter']) {
      ;(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    }
  }, text)
}

test('an associate signs in, sees a new reservation arrive live, marks it ready and hands it over by scanning its QR', async ({ page, request, axe }) => {
  const { storeId, variants } = await storeAndVariants(request)
  await page.setViewportSize({ width: 1280, height: 800 })

  // Signed out, every staff page leads to sign-in, and back afterwards.
  await page.goto('/staff/pickup')
  await expect(page).toHaveURL(/\/staff\/sign-in$/)
  await page.goto('/staff/stock')
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2Fstock$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  await expect(page.getByLabel('PIN')).toHaveAttribute('inputmode', 'numeric')
  await expect(page.getByLabel('PIN')).toHaveAttribute('autocomplete', 'off')
  await axe.check(page)

  await signIn(page, { id: ASSOCIATE.id, pin: '0000' })
  await expect(page.getByRole('alert').filter({ hasText: 'do not match' })).toHaveText('That staff id and PIN do not match.')
  await expect(page).toHaveURL(/\/staff\/sign-in/)
  await expect(page.getByLabel('Staff id')).toHaveValue(ASSOCIATE.id)

  await signIn(page, ASSOCIATE)
  await expect(page).toHaveURL(/\/staff\/stock$/)
  const header = page.getByTestId('signed-in-as')
  await expect(header).toContainText('Associate')
  await expect(header).toContainText('Aisle Naperville')

  // Associates record sales, receipts and returns; damage, counts and transfers are not offered.
  const product = await (await request.get(`/api/v1/products/${HANDLE}`)).json()
  const sku: string = product.variants.find((v: { id: string }) => v.id === variants[0].variantId).sku
  await page.getByLabel('Scan or type a barcode or SKU').fill(sku)
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Marin Camera Bag' })).toBeVisible()
  await expect(page.getByTestId('stock-figures')).toContainText('On hand')
  for (const kind of ['Sale', 'Receipt', 'Return']) await expect(page.getByRole('radio', { name: kind })).toHaveCount(1)
  for (const kind of ['Damage', 'Count', 'Transfer']) await expect(page.getByRole('radio', { name: kind })).toHaveCount(0)
  await axe.check(page)

  // The desk follows the store live: a reservation placed now appears without a reload.
  await page.getByRole('link', { name: 'Pickup desk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pickup desk' })).toBeVisible()
  await expect(page.locator('[data-live="live"]')).toBeVisible({ timeout: 15_000 })
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true))
  const reservation = await reserve(request, storeId, variants[0].variantId, 'Dana Whitfield')
  const pending = lane(page, /To pick/).locator(`article[data-code="${reservation.pickupCode}"]`)
  await expect(pending).toBeVisible({ timeout: 15_000 })
  await expect(pending).toContainText('Dana Whitfield')
  await expect(pending).toContainText(/Aisle \w+/)
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true)
  await axe.check(page)

  await pending.getByRole('button', { name: 'Mark ready' }).click()
  await expect(lane(page, /Ready for pickup/).locator(`article[data-code="${reservation.pickupCode}"]`)).toBeVisible()
  await expect(lane(page, /To pick/).locator(`article[data-code="${reservation.pickupCode}"]`)).toHaveCount(0)

  // The shopper shows their QR; the desk's USB scanner reads it wherever the focus is.
  await page.locator('body').click({ position: { x: 5, y: 400 } })
  await scannerBurst(page, reservation.pickupToken)
  const panel = page.getByRole('dialog', { name: /[A-Z0-9]{3}-[A-Z0-9]{3}/ })
  await expect(panel).toBeVisible()
  await expect(panel).toContainText('Dana Whitfield')
  await axe.check(page)
  await panel.getByRole('button', { name: 'Hand over 1 item' }).click()
  await expect(panel.getByRole('status')).toContainText('Handed over to Dana Whitfield')
  await panel.getByRole('button', { name: 'Done' }).click()
  await expect(panel).toBeHidden()
  const done = lane(page, /Done today/).locator(`article[data-code="${reservation.pickupCode}"]`)
  await expect(done).toContainText('Collected')
  await expect(card(page, reservation.pickupCode)).toHaveCount(1)

  // Scanned again: it was handed over already, and the desk says so.
  await scannerBurst(page, reservation.pickupToken)
  await expect(panel.getByRole('alert')).toContainText('Already collected')
  await page.keyboard.press('Escape')

  // A code that is not a pickup code gets a clear message, not a panel.
  await page.getByLabel('Scan or type pickup code').fill('hello')
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'A pickup code is 6 letters and digits' })).toBeVisible()

  // A reservation for another store is named as such.
  const hinsdale = await storeAndVariants(request, 'hinsdale')
  const elsewhere = await reserve(request, hinsdale.storeId, hinsdale.variants[0].variantId, 'Riley Stone')
  await scannerBurst(page, elsewhere.pickupToken)
  await expect(page.getByRole('alert').filter({ hasText: 'This reservation is for pickup at Aisle Hinsdale.' })).toBeVisible()

  // Signing out ends the session on the server: the desk is closed again.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/staff\/sign-in$/)
  await page.goto('/staff/pickup')
  await expect(page).toHaveURL(/\/staff\/sign-in$/)
})

test('a manager sells a held unit at the till, re-sources the reservation by transfer, and records a count', async ({ page, request, axe }) => {
  const { storeId, variants } = await storeAndVariants(request)
  const [, held, counted] = variants
  const product = await (await request.get(`/api/v1/products/${HANDLE}`)).json()
  const skuOf = (id: string): string => product.variants.find((v: { id: string }) => v.id === id).sku
  await page.setViewportSize({ width: 1280, height: 800 })
  const reservation = await reserve(request, storeId, held.variantId, 'Morgan Pike')

  await page.goto('/staff/stock')
  await signIn(page, MANAGER)
  await expect(page).toHaveURL(/\/staff\/stock$/)
  await expect(page.getByTestId('signed-in-as')).toContainText('Manager')

  // Selling more than is free takes the held unit: the desk says loudly which reservation now needs attention.
  await page.getByLabel('Scan or type a barcode or SKU').fill(skuOf(held.variantId))
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  const figures = page.getByTestId('stock-figures')
  await expect(figures).toBeVisible()
  const available = Number(await figures.locator('dd').nth(2).textContent())
  await page.getByLabel('Quantity').fill(String(available + 1))
  await page.getByRole('button', { name: /^Record sale of \d+ units?$/ }).click()
  const alert = page.getByTestId('displaced')
  await expect(alert).toContainText(`${reservation.pickupCode.slice(0, 3)}-${reservation.pickupCode.slice(3)}`)
  await expect(alert).toContainText('Morgan Pike')
  await axe.check(page)

  // On the desk it waits in "Needs attention"; a manager transfers the unit in from another store.
  await alert.getByRole('link', { name: /pickup desk/ }).click()
  const flagged = lane(page, /Needs attention/).locator(`article[data-code="${reservation.pickupCode}"]`)
  await expect(flagged).toContainText('sold at the till')
  await expect(flagged.getByRole('button', { name: 'Re-hold here' })).toBeDisabled()
  await axe.check(page)
  await flagged.getByRole('button', { name: /^Transfer from .+ \d+ available · [\d.]+ km away$/ }).first().click()
  await expect(lane(page, /To pick/).locator(`article[data-code="${reservation.pickupCode}"]`)).toBeVisible()

  // A cycle count shows the system count and records the difference.
  await page.getByRole('link', { name: 'Stock' }).click()
  await page.getByLabel('Scan or type a barcode or SKU').fill(skuOf(counted.variantId))
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(figures).toBeVisible()
  const onHand = Number(await figures.locator('dd').first().textContent())
  await page.getByText('Count', { exact: true }).click()
  await page.getByLabel('Counted on the shelf').fill(String(onHand + 2))
  await expect(page.getByTestId('count-preview')).toContainText(`System count: ${onHand}`)
  await expect(page.getByTestId('count-preview')).toContainText('variance +2')
  await page.getByRole('button', { name: `Record count of ${onHand + 2}` }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Count recorded' })).toContainText('Variance +2 recorded')
  await expect(figures.locator('dd').first()).toHaveText(String(onHand + 2))
  await axe.check(page)
})

test('sign-in works without JavaScript: a wrong PIN is explained, the right one opens the page asked for', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  await page.goto('/staff/stock')
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff%2Fstock$/)
  await page.getByLabel('Staff id').fill('E081')
  await page.getByLabel('PIN').fill('12')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByText('A PIN is 4 to 8 digits.')).toBeVisible()
  await page.getByLabel('Staff id').fill('E081')
  await page.getByLabel('PIN').fill('2468')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/staff\/stock$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Stock' })).toBeVisible()
  await context.close()
})
