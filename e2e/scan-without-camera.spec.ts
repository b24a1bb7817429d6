import { fakeCamera } from './browser'
import { expect, test } from './fixtures'
import { CAMERA_FILES, FOREIGN_URL, KNOWN_GTIN, PHOTO_FILE, QR_PHOTOS, SHELF_TAG_STORE, phoneContext } from './scan-fixtures'

// The camera exists but the shopper has not allowed it: typing, a photo and a USB scanner still work.

// A camera start, a WebAssembly compile and a page load each take seconds on a busy 2-core runner.
test.describe.configure({ timeout: 60_000 })
test.use({ launchOptions: fakeCamera(CAMERA_FILES.known) })

test('explains the block and typing the number still works', async ({ browser, axe }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await expect(page.getByRole('heading', { name: 'Camera access is turned off' })).toBeVisible({ timeout: 15_000 })
  await page.screenshot({ path: 'test-results/screens/scan-permission-denied-390x844.png' })
  await axe.check(page)
  await page.getByLabel('Barcode number or SKU').fill(KNOWN_GTIN)
  await page.getByRole('button', { name: 'Look up' }).click()
  await page.waitForURL(/\/p\/harbor-sunglasses\?.*via=scan/)
  await context.close()
})

test('a mistyped number is caught by its check digit', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.getByLabel('Barcode number or SKU').fill('8034592001025')
  await page.getByRole('button', { name: 'Look up' }).click()
  await expect(page.locator('[data-outcome="invalid"]')).toContainText('That number doesn’t look right')
  await context.close()
})

test('a photo of the barcode is decoded on the device', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.getByLabel('Scan a photo').setInputFiles(PHOTO_FILE)
  await page.waitForURL(/\/p\/harbor-sunglasses\?.*via=scan/, { timeout: 15_000 })
  await context.close()
})

test('our shelf-tag QR sets the store and opens the product in in-store mode', async ({ browser, baseURL }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.getByLabel('Scan a photo').setInputFiles(QR_PHOTOS.shelfTag)
  await page.waitForURL(/\/p\/harbor-sunglasses\?.*via=tag/, { timeout: 15_000 })
  const cookies = await context.cookies(baseURL)
  expect(cookies.find((c) => c.name === 'aisle_store')?.value).toBe(SHELF_TAG_STORE)
  await expect(page.getByText('Wicker Park').first()).toBeVisible()
  await context.close()
})

test('a QR code pointing elsewhere is shown, never followed', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.getByLabel('Scan a photo').setInputFiles(QR_PHOTOS.foreign)
  const panel = page.locator('[data-outcome="url"]')
  await expect(panel).toContainText(FOREIGN_URL)
  await page.waitForTimeout(500)
  expect(new URL(page.url()).pathname).toBe('/scan')
  await context.close()
})

test('a USB scanner’s burst of keys navigates; a person typing the same keys does not', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await expect(page.getByRole('heading', { name: 'Camera access is turned off' })).toBeVisible({ timeout: 15_000 })
  // A person: ~120 ms between keys.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.type(KNOWN_GTIN, { delay: 120 })
  await page.keyboard.press('Enter')
  await page.waitForTimeout(400)
  expect(new URL(page.url()).pathname).toBe('/scan')
  // A scanner: the same digits a millisecond apart, then Enter. Sent from inside the page, because
  // keystrokes driven over the DevTools protocol arrive too unevenly on a busy machine to be a burst.
  await page.evaluate((code) => {
    for (const key of [...code, 'Enter']) {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
    }
  }, KNOWN_GTIN)
  await page.waitForURL(/\/p\/harbor-sunglasses\?.*via=scan/)
  await context.close()
})

for (const { name, init, heading } of [
  {
    name: 'no camera on the device',
    init: () => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))
    },
    heading: 'No camera found',
  },
  {
    name: 'the camera held by another app',
    init: () => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Could not start video source', 'NotReadableError'))
    },
    heading: 'The camera is busy',
  },
  {
    name: 'a page served over plain http',
    init: () => Object.defineProperty(window, 'isSecureContext', { get: () => false }),
    heading: 'The camera needs a secure connection',
  },
]) {
  test(`${name}: a clear message, and typing still works`, async ({ browser }) => {
    const context = await phoneContext(browser, { permissions: ['camera'] })
    await context.addInitScript(init)
    const page = await context.newPage()
    await page.goto('/scan')
    await expect(page.getByRole('heading', { name: heading })).toBeVisible({ timeout: 15_000 })
    await page.getByLabel('Barcode number or SKU').fill('AIS-HARB-BLK')
    await page.getByRole('button', { name: 'Look up' }).click()
    await page.waitForURL(/\/p\/harbor-sunglasses\?color=black&via=scan/)
    await context.close()
  })
}

test('when the look-up cannot reach us, it says so and retries', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.route('**/api/v1/products/by-code/**', (route) => route.abort('internetdisconnected'))
  await page.getByLabel('Barcode number or SKU').fill(KNOWN_GTIN)
  await page.getByRole('button', { name: 'Look up' }).click()
  const panel = page.locator('[data-outcome="unreachable"]')
  await expect(panel.getByRole('heading', { name: 'We couldn’t look that up' })).toBeVisible()
  await expect(panel).toContainText(KNOWN_GTIN)
  await page.unroute('**/api/v1/products/by-code/**')
  await panel.getByRole('button', { name: 'Try again' }).click()
  await page.waitForURL(/\/p\/harbor-sunglasses\?.*via=scan/)
  await context.close()
})

test('a shelf tag for an item we no longer carry lands on the not-carried panel', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto('/tag/str_9pzrvq9d0m3s/4006381333931')
  await expect(page).toHaveURL(/\/scan\?missing=4006381333931/)
  await expect(page.locator('[data-outcome="missing"]')).toContainText('4006381333931')
  await context.close()
})
