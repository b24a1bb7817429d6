import fs from 'node:fs'
import type { Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { fakeCamera } from './browser'
import { expect, test } from './fixtures'
import { controlledByWorker, savedForOffline } from './pwa-fixtures'
import { phoneContext } from './scan-fixtures'
import { EYEWEAR, FACE_CAMERA, FACE_PHOTO } from './try-on-fixtures'

// Face try-on with Chromium's fake camera filming a face (a portrait from @vladmandic/human's own
// sample images, made into a video by e2e/global-setup.ts). The face models run in the browser on
// this machine's CPU (WebGL here is software, so the tracker picks WebAssembly: lib/try-on/backend.ts).

test.describe.configure({ timeout: 180_000 })
test.use({ launchOptions: fakeCamera(FACE_CAMERA) })

const SHOTS = '/tmp/shots-try-on'
fs.mkdirSync(SHOTS, { recursive: true })

async function startCamera(page: Page) {
  const root = page.getByTestId('try-on')
  await expect(root).toHaveAttribute('data-phase', 'consent')
  await expect(page.getByRole('heading', { name: /See the (frames|hat) on you/ })).toBeVisible()
  await page.getByRole('button', { name: 'Start the camera' }).click()
  await expect(root).toHaveAttribute('data-tracking', 'tracking', { timeout: 90_000 })
  return root
}

test('sunglasses on a face from the camera: colours, snapshot and compare', async ({ browser, axe }) => {
  const context = await phoneContext(browser, { permissions: ['camera'], reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(`${EYEWEAR}?color=tortoise`)
  await expect(page.getByText(/Everything happens on this device/)).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/try-on-consent-390x844.png` })
  await axe.check(page)

  const root = await startCamera(page)
  const stage = page.getByTestId('try-on-stage')
  await expect(stage).toHaveAttribute('data-mirrored', 'true')
  await expect(root).toHaveAttribute('data-variant', 'tortoise')
  // The tracker reports its speed once a second.
  await expect(stage).toHaveAttribute('data-fps', /^\d+(\.\d)?$/, { timeout: 15_000 })
  // The frames' fit is estimated from the iris.
  await expect(page.locator('[data-fit]')).toHaveAttribute('data-fit', /^(good|narrow|wide)$/, { timeout: 15_000 })
  await expect(page.getByText(/Fit estimate:/)).toBeVisible()
  await page.screenshot({ path: `${SHOTS}/try-on-glasses-tortoise-390x844.png` })
  await axe.check(page)
  // A short series, to look at for jitter: the frames should follow the face, not shake on it.
  for (const i of [1, 2, 3]) {
    await page.waitForTimeout(400)
    await stage.screenshot({ path: `${SHOTS}/try-on-series-${i}.png` })
  }

  // Drawn pixels: the overlay is not empty where the face is.
  const drawn = await stage.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const copy = document.createElement('canvas')
    copy.width = c.width
    copy.height = c.height
    const ctx = copy.getContext('2d')!
    ctx.drawImage(c, 0, 0)
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let opaque = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 200) opaque++
    return opaque
  })
  expect(drawn).toBeGreaterThan(2000)

  // A new colour switches the material in place.
  await page.getByRole('button', { name: 'Black', exact: true }).click()
  await expect(root).toHaveAttribute('data-variant', 'black')
  await expect(page).toHaveURL(/color=black/)
  await expect(page.getByRole('button', { name: 'Black', exact: true })).toHaveAttribute('aria-pressed', 'true')

  // Snapshots: each an image made on the device; compare shows them side by side.
  await page.getByRole('button', { name: 'Take a snapshot' }).click()
  await expect(page.getByRole('img', { name: 'Snapshot in Black' })).toBeVisible()
  await page.getByRole('button', { name: 'Tortoise', exact: true }).click()
  await expect(root).toHaveAttribute('data-variant', 'tortoise')
  await page.getByRole('button', { name: 'Take a snapshot' }).click()
  const shot = page.getByRole('img', { name: 'Snapshot in Tortoise' })
  await expect(shot).toBeVisible()
  const size = await shot.evaluate(async (img: HTMLImageElement) => {
    await img.decode()
    return { w: img.naturalWidth, h: img.naturalHeight, src: img.src }
  })
  expect(size.src).toMatch(/^blob:/)
  expect(size.w).toBeGreaterThan(200)
  expect(size.h).toBeGreaterThan(200)

  await page.getByRole('button', { name: 'Compare (2)' }).click()
  const compare = page.getByRole('dialog', { name: 'Compare colours' })
  await expect(compare.getByRole('img')).toHaveCount(2)
  await page.screenshot({ path: `${SHOTS}/try-on-compare-390x844.png` })
  await axe.check(page)
  // No share sheet in headless Chromium: the snapshot is saved as a download instead.
  const download = page.waitForEvent('download')
  await compare.getByRole('button', { name: 'Share the Black snapshot' }).click()
  expect((await download).suggestedFilename()).toMatch(/^aisle-try-on-harbor-sunglasses-black-\d+\.jpg$/)
  await compare.getByRole('button', { name: 'Close' }).click()

  // Low power: fewer readings, still tracking.
  await page.getByRole('button', { name: /Low power/ }).click()
  await expect(page.getByRole('button', { name: 'Low power on' })).toHaveAttribute('aria-pressed', 'true')
  await expect(root).toHaveAttribute('data-tracking', 'tracking')
  await context.close()
})

test('works offline once visited: the page, the engine, the models and the frames are kept', async ({ browser }) => {
  const context = await phoneContext(browser, { permissions: ['camera'], reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(EYEWEAR)
  await controlledByWorker(page)
  await savedForOffline(page, EYEWEAR)
  await startCamera(page)
  await context.setOffline(true)
  await page.reload()
  await startCamera(page)
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-variant', /.+/)
  await context.close()
})

test('a hat seated on the head', async ({ browser, request }) => {
  const context = await phoneContext(browser, { permissions: ['camera'], reducedMotion: 'reduce' })
  const page = await context.newPage()
  const hat = await hatHandle(request)
  await page.goto(`/try-on/${hat}`)
  await startCamera(page)
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-variant', /.+/)
  await page.waitForTimeout(500) // the fade-in
  await page.screenshot({ path: `${SHOTS}/try-on-hat-390x844.png` })
  await context.close()
})

test('camera denied: the photo path tries the frames on a picture', async ({ browser, axe }) => {
  const context = await phoneContext(browser) // no camera permission: the browser refuses
  const page = await context.newPage()
  await page.goto(`${EYEWEAR}?color=black`)
  await page.getByRole('button', { name: 'Start the camera' }).click()
  const problem = page.getByRole('alert')
  await expect(problem.getByRole('heading', { name: 'Camera access is turned off' })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-phase', 'problem:denied')
  await page.screenshot({ path: `${SHOTS}/try-on-denied-390x844.png` })
  await axe.check(page)

  const chooser = page.waitForEvent('filechooser')
  await problem.getByRole('button', { name: 'Use a photo instead' }).click()
  await (await chooser).setFiles(FACE_PHOTO)
  const root = page.getByTestId('try-on')
  await expect(root).toHaveAttribute('data-tracking', 'tracking', { timeout: 90_000 })
  await expect(page.getByTestId('try-on-stage')).toHaveAttribute('data-mirrored', 'false')
  await expect(root).toHaveAttribute('data-variant', 'black')
  await page.screenshot({ path: `${SHOTS}/try-on-photo-390x844.png` })
  await context.close()
})

test('a photo without a face says so', async ({ browser }) => {
  const context = await phoneContext(browser)
  const page = await context.newPage()
  await page.goto(EYEWEAR)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Use a photo instead' }).click()
  // A plain wall: grey, no face.
  const wall = new PNG({ width: 320, height: 240 })
  wall.data.fill(150)
  const grey = PNG.sync.write(wall)
  await (await chooser).setFiles({ name: 'wall.png', mimeType: 'image/png', buffer: grey })
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-tracking', 'no-face', { timeout: 90_000 })
  await expect(page.getByText('We couldn’t find a face in that photo')).toBeVisible()
  await context.close()
})

test('the smart mirror: portrait, full screen, mirrored', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, permissions: ['camera'], reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(`${EYEWEAR}?mirror=1&color=tortoise`)
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-layout', 'mirror')
  await expect(page.getByRole('link', { name: /Back/ })).toHaveCount(0)
  await startCamera(page)
  await expect(page.getByTestId('try-on-stage')).toHaveAttribute('data-mirrored', 'true')
  await page.waitForTimeout(500)
  await page.screenshot({ path: `${SHOTS}/try-on-mirror-1080x1920.png` })
  await context.close()
})

test('frames that fail to load: a clear message and a retry that works', async ({ browser }) => {
  // The service worker fetches /models/ itself, out of the page's routes' reach: blocked here.
  const context = await phoneContext(browser, { permissions: ['camera'], serviceWorkers: 'block' })
  const page = await context.newPage()
  let fail = true
  await page.route('**/models/*.glb', (route) => (fail ? route.abort('connectionreset') : route.continue()))
  await page.goto(EYEWEAR)
  await page.getByRole('button', { name: 'Start the camera' }).click()
  await expect(page.getByRole('heading', { name: 'The frames didn’t load' })).toBeVisible({ timeout: 60_000 })
  fail = false
  await page.getByRole('button', { name: 'Try the camera again' }).click()
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-tracking', /searching|tracking/, { timeout: 90_000 })
  await context.close()
})

test('no WebGL: says so instead of a blank canvas', async ({ browser, axe }) => {
  const context = await phoneContext(browser, { permissions: ['camera'] })
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest)
    } as typeof original
  })
  const page = await context.newPage()
  await page.goto(EYEWEAR)
  await page.getByRole('button', { name: 'Start the camera' }).click()
  await expect(page.getByTestId('try-on')).toHaveAttribute('data-phase', 'problem:no-webgl')
  await expect(page.getByRole('heading', { name: 'This browser can’t draw 3D' })).toBeVisible()
  await expect(page.getByRole('alert').getByRole('link', { name: 'Back to Harbor Sunglasses' })).toBeVisible()
  await axe.check(page)
  await context.close()
})

test('products without try-on say so; unknown products are not found', async ({ page, request }) => {
  const res = await page.goto('/try-on/no-such-thing')
  expect(res?.status()).toBe(404)
  const mug = await handleFor(request, 'mug')
  await page.goto(`/try-on/${mug}`)
  await expect(page.getByRole('heading', { name: /Try-on isn’t available for/ })).toBeVisible()
  await page.getByRole('link', { name: /^Back to / }).click()
  await expect(page).toHaveURL(new RegExp(`/p/${mug}$`))
})

const hatHandle = (request: import('@playwright/test').APIRequestContext) => handleFor(request, 'bucket hat')

async function handleFor(request: import('@playwright/test').APIRequestContext, q: string): Promise<string> {
  const res = await request.get(`/api/v1/products?q=${encodeURIComponent(q)}&limit=5`)
  expect(res.ok()).toBeTruthy()
  const body = (await res.json()) as { items: { handle: string }[] }
  expect(body.items.length).toBeGreaterThan(0)
  return body.items[0].handle
}
