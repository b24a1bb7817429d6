import { fakeCamera } from './browser'
import { expect, test } from './fixtures'
import { CAMERA_FILES, UNKNOWN_GTIN, phoneContext } from './scan-fixtures'

// The camera sees a valid EAN-13 that is not in our catalogue.

// A camera start, a WebAssembly compile and a page load each take seconds on a busy 2-core runner.
test.describe.configure({ timeout: 60_000 })
test.use({ launchOptions: fakeCamera(CAMERA_FILES.unknown) })

test('says so, shows what was read, and offers search and scan again', async ({ browser, axe }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  await page.goto('/scan')
  const panel = page.locator('[data-outcome="missing"]')
  await expect(panel.getByRole('heading', { name: 'We don’t carry this item' })).toBeVisible({ timeout: 15_000 })
  await expect(panel).toContainText(UNKNOWN_GTIN)
  await expect(panel).toContainText('EAN-13')
  await expect(panel.getByRole('link', { name: 'Search instead' })).toHaveAttribute('href', `/search?q=${UNKNOWN_GTIN}`)
  await page.screenshot({ path: 'test-results/screens/scan-not-found-390x844.png' })
  await axe.check(page)
  // Scanning again reads the same code again (the camera still sees it) and says the same.
  await panel.getByRole('button', { name: 'Scan again' }).click()
  await expect(page.locator('[data-outcome="missing"]')).toBeVisible({ timeout: 15_000 })
  await context.close()
})
