import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, devices, type Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { launchOptions } from './browser'
import { expect, test } from './fixtures'
import { controlledByWorker, PWA_SHOTS } from './pwa-fixtures'

// Installing Aisle: the manifest Chromium reads (and finds nothing wrong with), the offer to
// install once the shopper has looked around (never on the first page; "Not now" is remembered),
// and on an iPhone, where no browser offer exists, the Share → Add to Home Screen steps.

type Manifest = {
  id: string
  name: string
  short_name: string
  start_url: string
  scope: string
  display: string
  theme_color: string
  background_color: string
  icons: { src: string; sizes: string; type: string; purpose: string }[]
  shortcuts: { name: string; short_name: string; url: string; icons: { src: string; sizes: string }[] }[]
  screenshots: { src: string; sizes: string; form_factor: string }[]
  categories: string[]
}

/**
 * Chromium's own `beforeinstallprompt`, fired on every page load once the site is installable (its
 * service worker is active), as Chromium does; a headless, incognito browser never fires it by
 * itself. `__prompted` counts the app's calls to prompt() on that page.
 */
async function offerInstallOnEveryPage(page: Page) {
  await page.addInitScript(() => {
    void navigator.serviceWorker.ready.then(() =>
      setTimeout(() => {
        const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<{ outcome: string }> }
        const w = window as Window & { __prompted?: number }
        w.__prompted = 0
        e.prompt = async () => void (w.__prompted = (w.__prompted ?? 0) + 1)
        e.userChoice = Promise.resolve({ outcome: 'dismissed' })
        window.dispatchEvent(e)
      }),
    )
  })
}

const installCard = (page: Page) => page.getByRole('region', { name: /^Install Aisle/ })

test.use({ viewport: { width: 390, height: 844 } })

test('the manifest is complete and Chromium finds the app installable', async ({ baseURL, request }) => {
  const res = await request.get('/manifest.webmanifest')
  expect(res.headers()['content-type']).toContain('application/manifest+json')
  const manifest: Manifest = await res.json()
  expect(manifest).toMatchObject({ id: '/', short_name: 'Aisle', start_url: '/', scope: '/', display: 'standalone', theme_color: '#f7f5f1', background_color: '#f7f5f1' })
  expect(manifest.categories).toContain('shopping')
  expect(manifest.shortcuts.map((s) => [s.short_name, s.url])).toEqual([
    ['Scan', '/scan'],
    ['Wallet', '/wallet'],
  ])
  expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide'])
  expect(manifest.icons.find((i) => i.purpose === 'maskable')).toMatchObject({ sizes: '512x512', type: 'image/png' })
  expect(manifest.icons.find((i) => i.type === 'image/svg+xml')).toBeTruthy()

  // Every image the manifest names is served, and is the size it claims.
  const images = [...manifest.icons, ...manifest.shortcuts.flatMap((s) => s.icons), ...manifest.screenshots]
  for (const image of images) {
    const file = await request.get(image.src)
    expect(file.status(), image.src).toBe(200)
    if (image.src.endsWith('.png')) {
      const png = PNG.sync.read(await file.body())
      expect(`${png.width}x${png.height}`, image.src).toBe(image.sizes)
    }
  }

  // Chromium's verdict needs a profile on disk (an incognito context is never installable).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-pwa-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions(), baseURL, viewport: { width: 390, height: 844 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await controlledByWorker(page)
    const cdp = await context.newCDPSession(page)
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] }
    expect(errors).toEqual([])
    await expect.poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([])
  } finally {
    await context.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }
})

test('the offer to install waits for a second page, installs on request, and “Not now” is remembered', async ({ page, axe }) => {
  await offerInstallOnEveryPage(page)
  await page.goto('/')
  // Never on the first page.
  await page.waitForTimeout(500)
  await expect(installCard(page)).toHaveCount(0)

  await page.getByRole('link', { name: 'Eyewear' }).first().click()
  await expect(page).toHaveURL(/\/c\/eyewear/)
  const card = installCard(page)
  await expect(card).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(PWA_SHOTS, 'install-prompt-390x844.png') })

  await card.getByRole('button', { name: 'Install' }).click()
  expect(await page.evaluate(() => (window as Window & { __prompted?: number }).__prompted)).toBe(1)
  // Dismissed in the browser's own dialog: remembered like "Not now".
  await expect(card).toHaveCount(0)
  await page.reload()
  await page.getByRole('link', { name: 'Footwear' }).first().click()
  await expect(page).toHaveURL(/\/c\/footwear/)
  await page.waitForTimeout(500)
  await expect(installCard(page)).toHaveCount(0)
})

test('“Not now” hides the offer for good on this device', async ({ page }) => {
  await offerInstallOnEveryPage(page)
  await page.goto('/c/apparel')
  await page.getByRole('link', { name: 'Aisle', exact: true }).click()
  await expect(page).toHaveURL(/\/$/)
  await installCard(page).getByRole('button', { name: 'Not now' }).click()
  await expect(installCard(page)).toHaveCount(0)
  expect(Number(await page.evaluate(() => localStorage.getItem('aisle.install.dismissedAt')))).toBeGreaterThan(0)
})

test.describe('on an iPhone', () => {
  // Safari's user agent is what tells the app where it is (Chromium stands in for the browser itself).
  test.use({ userAgent: devices['iPhone 13'].userAgent })

  test('Safari, where no install event exists, gets the Add to Home Screen steps', async ({ page, axe }) => {
    await page.goto('/')
    await page.waitForTimeout(500)
    await expect(installCard(page)).toHaveCount(0)
    await page.getByRole('link', { name: 'Beauty' }).first().click()
    await expect(page).toHaveURL(/\/c\/beauty/)
    const card = installCard(page)
    await expect(card.getByRole('heading', { name: 'Install Aisle on this device' })).toBeVisible()
    await expect(card.getByRole('listitem')).toHaveText(['Tap Share in Safari’s toolbar.', 'Choose Add to Home Screen.'])
    await axe.check(page)
    await page.screenshot({ path: path.join(PWA_SHOTS, 'install-ios-guidance-390x844.png') })
    await card.getByRole('button', { name: 'Got it' }).click()
    await expect(card).toHaveCount(0)
  })
})
