import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { DEMO_STAFF } from './staff-fixtures'

test.use({ viewport: { width: 390, height: 844 } })

// Each test reserves a product no other spec touches, so stock counts here move only by our hand.
type Variant = { id: string; colorCode: string; size: string | null }
type Product = { handle: string; name: string; colors: { code: string; name: string }[]; variants: Variant[] }
type StoreStock = { store: { id: string; slug: string; name: string }; variants: { variantId: string; available: number }[] }
type Reservation = { id: string; url: string; pickupCode: string; status: string }

async function productOf(request: APIRequestContext, handle: string): Promise<Product> {
  return (await request.get(`/api/v1/products/${handle}`)).json()
}

async function stockOf(request: APIRequestContext, handle: string, variantId: string): Promise<{ store: StoreStock['store']; available: number }[]> {
  const availability: { stores: StoreStock[] } = await (await request.get(`/api/v1/products/${handle}/availability`)).json()
  return availability.stores.map(({ store, variants }) => ({ store, available: variants.find((v) => v.variantId === variantId)?.available ?? 0 }))
}

const availableAt = async (request: APIRequestContext, handle: string, variantId: string, storeId: string) =>
  (await stockOf(request, handle, variantId)).find((s) => s.store.id === storeId)!.available

/** Some variant of the product with at least `min` at some store (a store given, or any). */
async function stockedVariant(request: APIRequestContext, handle: string, min: number, storeSlug?: string) {
  const product = await productOf(request, handle)
  for (const variant of product.variants) {
    const stores = await stockOf(request, handle, variant.id)
    const at = stores.find((s) => s.available >= min && (!storeSlug || s.store.slug === storeSlug))
    if (at) return { product, variant, store: at.store, available: at.available }
  }
  throw new Error(`no variant of ${handle} has ${min} anywhere`)
}

const radio = (page: Page, storeName: string) => page.getByRole('radio', { name: new RegExp(`^${storeName}\\b`) })

const apiCancel = (request: APIRequestContext, url: string) => {
  const [path, query] = url.split('?')
  return request.post(`/api/v1${path}/cancel?${query}`)
}

test('reserve for pickup: choose a store, hold, confirm, see the pass and the mail, cancel', async ({ page, axe, request }) => {
  // A long journey with an accessibility scan on each of its seven screens.
  test.slow()
  const handle = 'thistle-chore-jacket'
  const { product, variant, store, available: before } = await stockedVariant(request, handle, 2)
  const color = product.colors.find((c) => c.code === variant.colorCode)!

  await page.goto(`/p/${handle}?color=${variant.colorCode}${variant.size ? `&size=${encodeURIComponent(variant.size)}` : ''}`)
  const entry = page.getByRole('link', { name: 'Reserve for pickup' })
  await expect(page.getByText('Reserve for pickup — free, pay in store')).toBeVisible()
  await axe.check(page)
  await entry.click()

  await expect(page).toHaveURL(/\/reserve\?/)
  await expect(page.getByRole('heading', { level: 1, name: 'Reserve for pickup' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: product.name })).toBeVisible()
  await expect(page.getByText(`${color.name} · Size ${variant.size}`)).toBeVisible()
  const choice = radio(page, store.name)
  await expect(choice).toBeEnabled()
  await axe.check(page)
  await choice.check()
  await page.getByRole('button', { name: 'Hold it for me' }).click()

  // The cart hold: a countdown, and the contact form.
  await expect(page).toHaveURL(/\/reservations\/res_\w+\?key=/)
  await expect(page.getByRole('heading', { level: 1, name: 'We’re holding it for you' })).toBeVisible()
  const timer = page.getByText(/^Time left: \d minutes?/)
  await expect(timer).toBeAttached()
  await expect(page.getByText('Updates live')).toBeVisible()
  // The key in the link is never indexed nor passed on.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin')
  await axe.check(page)

  // Server-side validation, next to each field; what was typed stays.
  await page.getByRole('textbox', { name: 'Name' }).fill('Robin Example')
  await page.getByRole('button', { name: 'Reserve it' }).click()
  await expect(page.getByText('Enter your email address; we send the pickup code there.')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Robin Example')
  await axe.check(page)

  const email = `resv-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByRole('button', { name: 'Reserve it' }).click()

  // Placed: the pass to show at the desk.
  await expect(page.getByRole('heading', { level: 1, name: 'Reserved' })).toBeVisible()
  await expect(page.locator('[aria-current="step"]')).toHaveText(/^Placed/)
  const qr = page.getByRole('img', { name: 'Pickup QR code' })
  await expect(qr.locator('svg path')).toBeAttached()
  const code = (await page.getByText(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/).textContent())!
  await expect(page.getByText(/left · pick up by \w{3}, \w{3} \d+, \d+:\d\d [AP]M/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Pick up at' })).toContainText(store.name)
  await expect(page.getByRole('region', { name: 'Your items' })).toContainText('pay in store')
  await axe.check(page)
  const reservationUrl = page.url()
  await expect.poll(() => availableAt(request, handle, variant.id, store.id)).toBe(before - 1)

  // The confirmation mail, as the dev outbox shows it.
  await page.goto('/dev/outbox')
  const mail = page.getByRole('article').filter({ hasText: email }).first()
  await expect(mail.getByRole('heading', { name: `Reserved at ${store.name} — pickup code ${code}` })).toBeVisible()
  await expect(mail).toContainText('reservation.placed')
  await axe.check(page)

  // Cancel, with a confirmation step; the unit goes back on the shelf.
  await page.goto(reservationUrl)
  await page.getByRole('link', { name: 'Cancel reservation' }).click()
  const dialog = page.getByRole('dialog', { name: 'Cancel this reservation?' })
  await expect(dialog).toBeVisible()
  await axe.check(page)
  await dialog.getByRole('button', { name: 'Yes, cancel it' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Reservation cancelled' })).toBeVisible()
  await expect(page.getByText('Cancelled by you. Nothing was charged.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Reserve again' })).toBeVisible()
  await axe.check(page)
  await expect.poll(() => availableAt(request, handle, variant.id, store.id)).toBe(before)
})

test('a wrong or missing key finds no reservation', async ({ page, axe, request }) => {
  const handle = 'hazel-travel-candle'
  const { variant, store } = await stockedVariant(request, handle, 1)
  const created: Reservation = await (
    await request.post('/api/v1/reservations', { data: { storeId: store.id, lines: [{ variantId: variant.id, quantity: 1 }] } })
  ).json()
  try {
    const wrong = await page.goto(`/reservations/${created.id}?key=not-the-key`)
    expect(wrong?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that reservation' })).toBeVisible()
    await expect(page.getByText(created.pickupCode)).toHaveCount(0)
    await axe.check(page)

    const missing = await page.goto(`/reservations/${created.id}`)
    expect(missing?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that reservation' })).toBeVisible()
  } finally {
    await apiCancel(request, created.url)
  }
})

test('a store that sells out while choosing offers the nearest stores that have it', async ({ page, axe, request }) => {
  const handle = 'maple-ceramic-vase'
  const product = await productOf(request, handle)
  const variant = product.variants[0]
  const stores = await stockOf(request, handle, variant.id)
  // The store with the fewest units: quickest to sell out.
  const { store, available } = stores.filter((s) => s.available > 0).sort((a, b) => a.available - b.available)[0]

  await page.goto(`/reserve?handle=${handle}&color=${variant.colorCode}&store=${store.id}`)
  await expect(radio(page, store.name)).toBeChecked()

  // Everyone else gets there first.
  const drained: string[] = []
  try {
    for (let left = available; left > 0; left -= 5) {
      const res = await request.post('/api/v1/reservations', { data: { storeId: store.id, lines: [{ variantId: variant.id, quantity: Math.min(5, left) }] } })
      expect(res.status()).toBe(201)
      drained.push(((await res.json()) as Reservation).url)
    }

    await page.getByRole('button', { name: 'Hold it for me' }).click()
    const notice = page.getByRole('alert').filter({ hasText: `Just sold out at ${store.name}` })
    await expect(notice).toBeVisible()
    await expect(page).toHaveURL(/\/reserve\?/)
    const first = notice.getByRole('listitem').first()
    await expect(first).toContainText(/\d+(\.\d)? mi · \d+ available/)
    // The list behind the notice is current: that store is out now.
    await expect(radio(page, store.name)).toBeDisabled()
    await axe.check(page)

    const alternative = (await first.locator('p').first().textContent())!
    await first.getByRole('link', { name: /^Reserve there/ }).click()
    await expect(radio(page, alternative)).toBeChecked()
    await expect(page.getByRole('alert').filter({ hasText: 'Just sold out' })).toHaveCount(0)
  } finally {
    for (const url of drained) await apiCancel(request, url)
  }
})

test('the reservation page updates by itself when the store marks it ready', async ({ page, axe, request, baseURL }) => {
  const handle = 'cedar-alpaca-blanket'
  // E101 works at Wicker Park.
  const { variant, store } = await stockedVariant(request, handle, 1, 'wicker-park')
  const placed: Reservation = await (
    await request.post('/api/v1/reservations', {
      data: { storeId: store.id, lines: [{ variantId: variant.id, quantity: 1 }], customer: { name: 'Sam Live', email: `live-${Date.now()}@example.com` } },
    })
  ).json()
  const staff = await playwrightRequest.newContext({ baseURL })
  try {
    await page.goto(placed.url)
    await expect(page.getByRole('heading', { level: 1, name: 'Reserved' })).toBeVisible()
    await expect(page.getByText('Updates live')).toBeVisible()

    expect((await staff.post('/api/v1/staff/session', { data: { staffId: DEMO_STAFF.id, pin: DEMO_STAFF.pin } })).status()).toBe(201)
    expect((await staff.post(`/api/v1/reservations/${placed.id}/ready`)).status()).toBe(200)

    await expect(page.getByRole('heading', { level: 1, name: 'Ready for pickup' })).toBeVisible({ timeout: 5_000 })
    await expect(page.locator('[aria-current="step"]')).toHaveText(/^Ready for pickup/)
    await expect(page.getByRole('status').filter({ hasText: 'Reservation status: Ready for pickup.' })).toBeAttached()
    await axe.check(page)
  } finally {
    await apiCancel(request, placed.url)
    await staff.dispose()
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('reserve, confirm and cancel with plain forms', async ({ page, request }) => {
    const handle = 'ontario-fisherman-beanie'
    const { product, variant, store, available: before } = await stockedVariant(request, handle, 2)

    await page.goto(`/reserve?handle=${handle}&color=${variant.colorCode}${variant.size ? `&size=${encodeURIComponent(variant.size)}` : ''}`)
    await expect(page.getByRole('heading', { level: 2, name: product.name })).toBeVisible()
    await radio(page, store.name).check()
    await page.getByRole('button', { name: 'Hold it for me' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'We’re holding it for you' })).toBeVisible()

    await page.getByRole('textbox', { name: 'Name' }).fill('Nova Script')
    await page.getByRole('textbox', { name: 'Email' }).fill('not-an-email')
    await page.getByRole('button', { name: 'Reserve it' }).click()
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('Nova Script')

    await page.getByRole('textbox', { name: 'Email' }).fill(`nojs-${Date.now()}@example.com`)
    await page.getByRole('button', { name: 'Reserve it' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reserved' })).toBeVisible()
    await expect(page.getByRole('img', { name: 'Pickup QR code' })).toBeVisible()

    await page.getByRole('link', { name: 'Cancel reservation' }).click()
    await expect(page).toHaveURL(/cancel=confirm/)
    await page.getByRole('button', { name: 'Yes, cancel it' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reservation cancelled' })).toBeVisible()
    await expect.poll(() => availableAt(request, handle, variant.id, store.id)).toBe(before)
  })
})
