import { fakeCamera } from './browser'
import { expect, test } from './fixtures'
import { CAMERA_FILES, KNOWN_GTIN, phoneContext } from './scan-fixtures'

// Scanning with Chromium's fake camera playing a barcode made from a catalogue GTIN. Chromium on
// Linux has no BarcodeDetector, so this exercises the zxing-wasm worker engine.

// A camera start, a WebAssembly compile and a page load each take seconds on a busy 2-core runner.
test.describe.configure({ timeout: 60_000 })
test.use({ launchOptions: fakeCamera(CAMERA_FILES.known) })

const WICKER_PARK = 'str_9pzrvq9d0m3s'

test('lands on the scanned variant in in-store mode', async ({ browser, baseURL, request }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  await context.addCookies([{ name: 'aisle_store', value: WICKER_PARK, url: baseURL! }])
  const page = await context.newPage()
  const match = await (await request.get(`/api/v1/products/by-code/${KNOWN_GTIN}`)).json()
  await page.goto('/scan')
  await page.waitForURL(/\/p\/harbor-sunglasses\?/, { timeout: 15_000 })
  const url = new URL(page.url())
  expect(url.searchParams.get('color')).toBe(match.variant.colorCode)
  expect(url.searchParams.get('via')).toBe('scan')
  await expect(page.getByRole('heading', { level: 1, name: 'Harbor Sunglasses' })).toBeVisible()
  await expect(page.getByText('Wicker Park').first()).toBeVisible()
  // The scan is remembered on this device. (Camera off, so the page stays put to be read.)
  await context.clearPermissions()
  await page.goto('/scan')
  await expect(page.getByRole('region', { name: 'Recent scans' }).getByRole('link', { name: /Harbor Sunglasses/ })).toBeVisible()
  await context.close()
})

test('the live preview with its aiming box and controls', async ({ browser, axe }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  // Hold the decoder's WebAssembly back so the preview can be photographed before a read lands.
  await page.route('**/zxing_reader.wasm', () => new Promise(() => {}))
  await page.goto('/scan')
  await expect(page.getByRole('button', { name: 'Beep on scan' })).toBeVisible()
  await page.waitForFunction(() => {
    const video = document.querySelector('video')
    return !!video && video.readyState >= 2 && video.videoWidth > 0
  })
  await expect(page.getByText('Point the camera at a barcode or shelf-tag QR')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/scan-scanning-390x844.png' })
  await axe.check(page)
  await context.close()
})

test('the engine is the WebAssembly worker, the read needed two frames, and the code is outlined', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  // Hold the look-up so the page stays on /scan to be inspected.
  await page.route('**/api/v1/products/by-code/**', () => new Promise(() => {}))
  await page.goto('/scan')
  await expect(page.getByText(`Looking up ${KNOWN_GTIN}…`).first()).toBeVisible({ timeout: 15_000 })
  // Locked on: the code is outlined where it is in the preview.
  const outline = page.locator('[data-lock-on="locked"]')
  await expect(outline).toBeVisible()
  const box = (await outline.boundingBox())!
  const video = (await page.locator('video').boundingBox())!
  expect(box.x + box.width / 2).toBeGreaterThan(video.x + video.width * 0.3)
  expect(box.x + box.width / 2).toBeLessThan(video.x + video.width * 0.7)
  await page.screenshot({ path: 'test-results/screens/scan-locked-390x844.png' })
  const metrics = await page.evaluate(() => window.__aisleScan)
  expect(metrics?.engine).toBe('wasm')
  expect(metrics?.frames).toBeGreaterThanOrEqual(2)
  await context.close()
})

test('where the browser has a BarcodeDetector, it is used, and its reads are still validated', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  // Chromium on Linux has no BarcodeDetector: stand one in that first misreads, then reads right.
  await context.addInitScript((gtin) => {
    let calls = 0
    class FakeDetector {
      static getSupportedFormats = async () => ['ean_13', 'upc_a', 'ean_8', 'code_128', 'qr_code']
      async detect() {
        calls++
        // A misread with a wrong check digit must never count.
        return calls <= 3 ? [{ rawValue: gtin.slice(0, -1) + '9', format: 'ean_13' }] : [{ rawValue: gtin, format: 'ean_13' }]
      }
    }
    Object.assign(window, { BarcodeDetector: FakeDetector })
  }, KNOWN_GTIN)
  const page = await context.newPage()
  await page.goto('/scan')
  await page.waitForURL(/\/p\/harbor-sunglasses\?color=tortoise&via=scan/, { timeout: 15_000 })
  expect(await page.evaluate(() => JSON.parse(sessionStorage.getItem('aisle.scan.timing') ?? '{}').engine)).toBe('native')
  await context.close()
})
