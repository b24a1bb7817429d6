import fs from 'node:fs'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

// A member's wallet at Logan Square (demo associate E041, PIN 2468; lib/staff/demo.ts), which no
// other journey sells from: the card, a pickup collected at the desk and its receipt, a sale at
// the till with the member's card, and another member who sees none of it.

test.describe.configure({ timeout: 120_000 })

const STORE_SLUG = 'logan-square'
const ASSOCIATE = { staffId: 'E041', pin: '2468' }
const SHOTS = '/tmp/shots-wallet'
/** Fresh members on every run and retry: the server's database outlives a failed attempt. */
const email = (who: string) => `wallet.${who}.${Math.random().toString(36).slice(2, 8)}@example.com`

type Variant = { variantId: string; available: number }

/** A one-size product with at least two on the shelf here, and its price. */
async function shelfItem(request: APIRequestContext, storeId: string) {
  const list: { items: { handle: string }[] } = await (await request.get('/api/v1/products?q=candle&limit=24')).json()
  for (const { handle } of list.items) {
    const availability: { stores: { store: { id: string }; variants: Variant[] }[] } = await (await request.get(`/api/v1/products/${handle}/availability`)).json()
    const v = availability.stores.find((s) => s.store.id === storeId)?.variants.find((x) => x.available >= 2)
    if (!v) continue
    const product: { name: string; price: { amount: number }; variants: { id: string; sku: string }[] } = await (await request.get(`/api/v1/products/${handle}`)).json()
    return { variantId: v.variantId, sku: product.variants.find((x) => x.id === v.variantId)!.sku, name: product.name, price: product.price.amount }
  }
  throw new Error('no candle with stock at the store')
}

/** A USB scanner in keyboard-wedge mode: the text a millisecond apart, then Enter (see staff-pickup-desk). */
async function scannerBurst(page: Page, text: string) {
  await page.evaluate((code) => {
    for (const key of [...code, 'Enter']) {
      ;(document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    }
  }, text)
}

test('a member sees their card, points and the receipt of a pickup collected at the desk and of a sale at the till; another member sees none of it', async ({ page, browser, axe }) => {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 390, height: 844 })

  // Signed out, the wallet sends the shopper to sign in, and back here afterwards.
  await page.goto('/wallet')
  await expect(page).toHaveURL(/\/account\/sign-in\?next=%2Fwallet$/)

  const ada = email('ada')
  await signInByEmail(page, ada)
  expect((await page.request.post('/api/v1/auth/profile', { data: { name: 'Ada Wallet' } })).status()).toBe(200)
  const stores: { id: string; slug: string }[] = await (await page.request.get('/api/v1/stores')).json()
  const storeId = stores.find((s) => s.slug === STORE_SLUG)!.id
  const item = await shelfItem(page.request, storeId)
  // Reserved while signed in: the reservation is the member's.
  const placed = await page.request.post('/api/v1/reservations', {
    data: { storeId, lines: [{ variantId: item.variantId, quantity: 1 }], customer: { name: 'Ada Wallet', email: ada } },
  })
  expect(placed.status(), await placed.text()).toBe(201)
  const reservation: { id: string; pickupCode: string; pickupToken: string } = await placed.json()

  await page.goto('/wallet')
  const card = page.getByTestId('member-card')
  await expect(card).toContainText('Ada Wallet')
  await expect(card).toContainText('Member')
  await expect(page.getByTestId('points')).toHaveText('0')
  const qr = card.locator('[data-symbol="qr"]')
  await expect(qr).toHaveAttribute('data-ready', 'true')
  const token = (await qr.getAttribute('data-code'))!
  expect(token).toMatch(/^AISLE-MEMBER:\d{12}\.\d{10}\.\d{16}$/)
  await expect(qr.locator('svg path').first()).toBeAttached()
  const barcode = card.locator('[data-symbol="code128"]')
  await expect(barcode).toHaveAttribute('data-ready', 'true')
  expect(await barcode.getAttribute('data-code')).toMatch(/^\d{38}$/)
  // The QR fills the card's width on a phone: big enough to scan from a hand.
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(280)
  const pickup = page.getByTestId('pickup')
  await expect(pickup).toContainText(`${reservation.pickupCode.slice(0, 3)}-${reservation.pickupCode.slice(3)}`)
  await expect(pickup.locator('[data-symbol="qr"]')).toHaveAttribute('data-code', reservation.pickupToken)
  await expect(page.getByText('Your receipts appear here')).toBeVisible()
  // The wallet page's own HTML is the same for everyone: nothing of the member's in it.
  const shell = await (await page.request.get('/wallet')).text()
  for (const personal of ['Ada Wallet', ada, reservation.pickupCode, token]) expect(shell).not.toContain(personal)
  await axe.check(page)
  await page.screenshot({ path: `${SHOTS}/wallet-before-pickup.png`, fullPage: true })

  // At the desk: marked ready and handed over; the wallet follows live, without a reload.
  const staff = await browser.newContext()
  expect((await staff.request.post('/api/v1/staff/session', { data: ASSOCIATE })).status()).toBe(201)
  expect((await staff.request.post(`/api/v1/reservations/${reservation.id}/ready`)).status()).toBe(200)
  expect((await staff.request.post(`/api/v1/reservations/${reservation.id}/collect`)).status()).toBe(200)
  const points = Math.floor(item.price / 100)
  await expect(page.getByTestId('points')).toHaveText(String(points), { timeout: 20_000 })
  const receiptLink = page.getByTestId('receipt-link')
  await expect(receiptLink).toHaveCount(1)
  await expect(receiptLink).toContainText('Aisle Logan Square')
  await expect(page.getByTestId('pickup')).toHaveCount(0)
  await expect(page.getByText('Pickup purchase')).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: `${SHOTS}/wallet.png`, fullPage: true })

  await receiptLink.click()
  await expect(page).toHaveURL(/\/wallet\/receipts\/rcp_[0-9a-z]{16}$/)
  const receiptUrl = page.url()
  const number = (await page.getByTestId('receipt-number').innerText()).trim()
  expect(number).toMatch(/^R\d{6}-[A-Z0-9]{6}$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Receipt' })).toBeVisible()
  const totals = page.getByTestId('receipt-totals')
  await expect(totals).toContainText('Subtotal')
  await expect(totals).toContainText('Sales tax')
  await expect(totals).toContainText('Paid at pickup')
  await expect(totals).toContainText(`+${points}`)
  await expect(page.getByText(item.name)).toBeVisible()
  await expect(page.getByRole('img', { name: 'Receipt QR code' })).toHaveAttribute('data-code', /^AISLE-RECEIPT:rcp_/)
  await axe.check(page)
  await page.screenshot({ path: `${SHOTS}/receipt.png`, fullPage: true })

  // At the till: the associate scans the member's card, then sells the item to them.
  const till = await staff.newPage()
  await till.setViewportSize({ width: 1280, height: 800 })
  await till.goto('/staff/stock')
  await till.getByLabel('Scan or type a barcode or SKU').fill(item.sku)
  await till.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(till.getByRole('heading', { name: item.name })).toBeVisible()
  await till.locator('body').click({ position: { x: 5, y: 700 } })
  await scannerBurst(till, token)
  const member = till.getByTestId('till-member')
  await expect(member).toContainText('Ada Wallet')
  await expect(member).toContainText(`${points} points`)
  // Too few points for any reward: they are offered, but not selectable.
  await expect(till.getByRole('radio', { name: /off · 500 pts/ })).toBeDisabled()
  await axe.check(till)
  await till.getByRole('button', { name: 'Record sale of 1 unit for Ada' }).click()
  await expect(till.getByTestId('sale-receipt')).toContainText('emailed to Ada Wallet')
  await expect(member).toContainText(`${points * 2} points`)
  await axe.check(till)
  await till.screenshot({ path: `${SHOTS}/staff-sale-with-member.png` })
  // A code that is not a member card is refused in words.
  await till.getByRole('button', { name: 'Done' }).click()
  await till.getByLabel('Member card (optional)').fill('1234')
  await till.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(till.getByRole('alert').filter({ hasText: 'not an Aisle member card' })).toBeVisible()

  await page.goto('/wallet')
  await expect(page.getByTestId('receipt-link')).toHaveCount(2)
  await expect(page.getByTestId('points')).toHaveText(String(points * 2))

  // The item comes back: the associate scans the till receipt's QR and records the return; its points come off again.
  const tillNumber = /R\d{6}-[0-9A-Z]+/.exec((await till.getByTestId('sale-receipt').textContent()) ?? '')?.[0]
  const listed = (await (await page.request.get('/api/v1/receipts')).json()) as { id: string; number: string }[]
  const tillReceipt = listed.find((r) => r.number === tillNumber)
  expect(tillReceipt, `receipt ${tillNumber} in the member's list`).toBeDefined()
  const { token: receiptQr } = (await (await page.request.get(`/api/v1/receipts/${tillReceipt!.id}`)).json()) as { token: string }
  await till.locator('body').click({ position: { x: 5, y: 700 } })
  await scannerBurst(till, receiptQr)
  await expect(till.getByTestId('return-receipt')).toBeVisible()
  await till.getByText('Return', { exact: true }).click()
  await till.getByRole('button', { name: 'Record return of 1' }).click()
  await expect(till.getByTestId('return-points')).toHaveText(`Checked against the receipt. ${points} points taken back from the member.`)
  await axe.check(till)
  await till.screenshot({ path: `${SHOTS}/staff-return-against-receipt.png` })
  // The receipt sold one: a second return against it is refused, in words.
  await till.getByRole('button', { name: 'Record return of 1' }).click()
  await expect(till.getByRole('alert').filter({ hasText: 'already returned' })).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('points')).toHaveText(String(points))

  // Another member: their own empty wallet, and a 404 for Ada's receipt, in the page and the API.
  const other = await browser.newContext()
  const bo = await other.newPage()
  await bo.setViewportSize({ width: 390, height: 844 })
  await signInByEmail(bo, email('bo'))
  const refused = await bo.goto(receiptUrl)
  expect(refused!.status()).toBe(404)
  const body = await bo.content()
  for (const secret of [number, 'Ada Wallet', item.name]) expect(body).not.toContain(secret)
  await axe.check(bo)
  const api = await bo.request.get(`/api/v1/receipts/${receiptUrl.split('/').pop()}`)
  expect(api.status()).toBe(404)
  expect(await api.text()).not.toContain(number)
  await bo.goto('/wallet')
  await expect(bo.getByTestId('member-card')).toBeVisible()
  await expect(bo.getByTestId('receipt-link')).toHaveCount(0)
  await expect(bo.locator('main')).not.toContainText('Ada Wallet')
  await axe.check(bo)
  await other.close()
  await staff.close()
})

test('the wallet shows its offline copy, with its age, when the BFF cannot be reached; signing out deletes the copy', async ({ page, axe }) => {
  fs.mkdirSync(SHOTS, { recursive: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await signInByEmail(page, email('cy'))
  await page.goto('/wallet')
  const qr = page.getByTestId('member-card').locator('[data-symbol="qr"]')
  await expect(qr).toHaveAttribute('data-ready', 'true')
  const token = await qr.getAttribute('data-code')
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('aisle.wallet.v1') ?? 'null'))
  expect(saved).toMatchObject({ memberId: expect.stringMatching(/^mem_/), fetchedAt: expect.any(Number), wallet: { card: { token } } })

  // The BFF is unreachable: the same card, from the copy, and a note that says so.
  await page.route('**/api/v1/wallet', (route) => route.abort('internetdisconnected'))
  // The copy as it stands now (a live update may have refreshed it since the first paint).
  const kept: string = await page.evaluate(() => JSON.parse(localStorage.getItem('aisle.wallet.v1')!).wallet.card.token)
  await page.reload()
  const note = page.getByTestId('offline-note')
  await expect(note).toContainText(/Offline · updated \d+ s ago/)
  await expect(note).toContainText('Your card still scans at the till.')
  await expect(qr).toHaveAttribute('data-code', kept)
  await expect(qr).toHaveAttribute('data-ready', 'true')
  await expect(page.getByTestId('apple-pass')).toHaveCount(0)
  await axe.check(page)
  await page.screenshot({ path: `${SHOTS}/wallet-offline.png`, fullPage: true })

  // No copy on this device: a clear message instead of a blank page.
  await page.evaluate(() => localStorage.removeItem('aisle.wallet.v1'))
  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: 'no saved copy of your wallet' })).toContainText('You’re offline')
  await axe.check(page)

  // Back online, then signed out: the server's 401 deletes the copy and leads to sign-in.
  await page.unroute('**/api/v1/wallet')
  await page.reload()
  await expect(qr).toHaveAttribute('data-ready', 'true')
  expect(await page.evaluate(() => localStorage.getItem('aisle.wallet.v1'))).not.toBeNull()
  await page.context().clearCookies()
  await page.reload()
  await expect(page).toHaveURL(/\/account\/sign-in\?next=%2Fwallet$/)
  expect(await page.evaluate(() => localStorage.getItem('aisle.wallet.v1'))).toBeNull()
})
