import { launchOptions } from './browser'
import { expect, test } from './fixtures'
import { phoneContext } from './scan-fixtures'

// A phone with two cameras (Chromium's fake devices: a test pattern each, no torch).

test.describe.configure({ timeout: 60_000 })
test.use({ launchOptions: launchOptions(['--use-fake-device-for-media-stream=device-count=2']) })

const activeCamera = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const stream = document.querySelector('video')?.srcObject as MediaStream | null
    return stream?.getVideoTracks()[0]?.getSettings().deviceId ?? null
  })

test('switch camera moves to the other camera; no torch button when the track has none', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  await page.goto('/scan')
  const switchButton = page.getByRole('button', { name: 'Switch camera' })
  await expect(switchButton).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole('button', { name: 'Torch' })).toHaveCount(0)
  const first = await activeCamera(page)
  expect(first).toBeTruthy()
  await switchButton.click()
  await expect.poll(() => activeCamera(page)).not.toBe(first)
  await expect.poll(() => activeCamera(page)).not.toBeNull()
  await switchButton.click()
  await expect.poll(() => activeCamera(page)).toBe(first)
  await context.close()
})

test('the beep is off until turned on, and the choice is remembered', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  await page.goto('/scan')
  const beep = page.getByRole('button', { name: 'Beep on scan' })
  await expect(beep).toHaveAttribute('aria-pressed', 'false')
  await beep.click()
  await expect(beep).toHaveAttribute('aria-pressed', 'true')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Beep on scan' })).toHaveAttribute('aria-pressed', 'true')
  await context.close()
})

test('the camera stops when the shopper leaves the page', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  const page = await context.newPage()
  await page.goto('/scan')
  await expect(page.getByRole('button', { name: 'Switch camera' })).toBeVisible({ timeout: 15_000 })
  const track = await page.evaluateHandle(() => (document.querySelector('video')!.srcObject as MediaStream).getVideoTracks()[0])
  await page.getByRole('link', { name: 'Aisle' }).first().click()
  await page.waitForURL((url) => url.pathname === '/')
  await expect.poll(() => track.evaluate((t) => t.readyState)).toBe('ended')
  await context.close()
})
