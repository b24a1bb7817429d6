import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { cumulativeLayoutShift } from './layout-shift'

// A shopper looking at a mug sees how to put it in their room: a QR code on a computer, the
// in-page WebXR viewer where the browser has it, AR Quick Look on an iPhone, Scene Viewer on
// Android. Headless Chromium has no AR device: each path is chosen by faking what the browser
// reports, and the WebXR path is taken only as far as the session request.

const MUG = '/p/hollis-mug'
const SHOTS = '/tmp/shots-room'
const THREE_MARKER = 'WebGLRenderer: Context Lost'

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1'
const ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }

/** No WebXR at all, as on an iPhone or an Android phone without ARCore's WebXR. */
const withoutWebXr = () => Object.defineProperty(Navigator.prototype, 'xr', { get: () => undefined, configurable: true })

/** The phone paths need no WebGL, so they run without it: what a phone without WebGL sees. */
const withoutWebGl = () => {
  const original = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return /webgl/.test(type) ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
  } as typeof original
}

async function roomPanel(page: Page) {
  const panel = page.getByTestId('view-in-room')
  await expect(panel).not.toHaveAttribute('data-room-mode', 'pending')
  return panel
}

test.describe('on a computer', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('a QR code opens the page in the same colour on a phone, ready for AR', async ({ page, axe, baseURL }) => {
    const response = await page.goto(`${MUG}?color=terracotta`)
    // WebXR may only be asked for where the page allows it.
    expect(response?.headers()['permissions-policy']).toContain('xr-spatial-tracking=(self)')
    const panel = await roomPanel(page)
    await expect(panel).toHaveAttribute('data-room-mode', 'qr')
    await expect(panel.getByRole('heading', { name: 'View in your room on your phone' })).toBeVisible()

    const url = `${baseURL}/p/hollis-mug?color=terracotta&ar=1`
    await expect(panel.locator('[data-room-url]')).toHaveText(url)
    const code = panel.getByRole('img', { name: /QR code that opens this page in Terracotta/ })
    await expect(code).toHaveAttribute('data-code', url)
    await expect(code).toHaveAttribute('data-ready', 'true')
    await expect(code.locator('svg')).toBeVisible()
    expect(await cumulativeLayoutShift(page)).toBeLessThan(0.01)

    await axe.check(page)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/qr-desktop.png` })
  })

  test('glasses are tried on, not placed: no room panel; shoes get one', async ({ page }) => {
    await page.goto('/p/harbor-sunglasses')
    await expect(page.getByTestId('model-viewer')).toBeVisible()
    await expect(page.getByTestId('view-in-room')).toHaveCount(0)
    await page.goto('/p/cedar-runner')
    await expect(page.getByTestId('view-in-room')).toHaveAttribute('data-room-mode', 'qr')
  })
})

// The device's mode is known only after mount: the server's placeholder must already be as tall.
for (const { name, context, mode } of [
  { name: 'a computer', context: { viewport: { width: 1280, height: 800 } }, mode: 'qr' },
  { name: 'an Android phone', context: { ...phone, userAgent: ANDROID_UA }, mode: 'scene-viewer' },
]) {
  test(`on ${name} the server's placeholder is as tall as the panel it becomes`, async ({ browser }) => {
    const heightOf = async (javaScriptEnabled: boolean, expected: string) => {
      const ctx = await browser.newContext({ ...context, javaScriptEnabled })
      const page = await ctx.newPage()
      await page.addInitScript(withoutWebXr)
      await page.addInitScript(withoutWebGl)
      await page.goto(`${MUG}?color=terracotta`)
      const panel = page.getByTestId('view-in-room')
      await expect(panel).toHaveAttribute('data-room-mode', expected)
      const box = await panel.boundingBox()
      await ctx.close()
      return box?.height
    }
    const placeholder = await heightOf(false, 'pending')
    expect(placeholder).toBeGreaterThan(0)
    expect(await heightOf(true, mode)).toBe(placeholder)
  })
}

test.describe('with WebXR', () => {
  test.use(phone)

  test('the room button loads the AR viewer only when tapped, and says when AR cannot start', async ({ page, axe }) => {
    test.slow() // the viewer's chunk (three.js) on a busy machine
    await page.addInitScript(() => {
      const xr = {
        isSessionSupported: async (mode: string) => mode === 'immersive-ar',
        // No AR device here: the request fails as it does on a phone whose ARCore is missing.
        requestSession: async () => {
          throw new DOMException('No AR device', 'NotSupportedError')
        },
        addEventListener: () => {},
        removeEventListener: () => {},
      }
      Object.defineProperty(Navigator.prototype, 'xr', { get: () => xr, configurable: true })
      // This page needs WebGL for the AR viewer, and the 3D view above it would load itself once in
      // view and hold the page for a minute on software WebGL: it is not under test here.
      const observe = IntersectionObserver.prototype.observe
      IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
        if (!target.closest('[data-testid="model-viewer"]')) observe.call(this, target)
      }
    })
    const scripts: string[] = []
    page.on('response', async (r) => {
      if (r.request().resourceType() === 'script') scripts.push(await r.text().catch(() => ''))
    })
    await page.goto(`${MUG}?color=sage-green`, { waitUntil: 'networkidle' })
    const panel = await roomPanel(page)
    await expect(panel).toHaveAttribute('data-room-mode', 'webxr')
    const button = panel.getByRole('button', { name: /^View in your room/ })
    await expect(button).toBeVisible()
    expect(scripts.filter((s) => s.includes(THREE_MARKER))).toHaveLength(0)
    await axe.check(page)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/webxr-phone.png` })

    await button.click()
    const status = panel.getByRole('status')
    // A slow download outlasts the tap's permission to open the camera: then one more tap.
    await expect(status).toHaveText(/did not start|Tap Start AR/, { timeout: 30_000 })
    if (/Tap Start AR/.test((await status.textContent()) ?? '')) await panel.getByRole('button', { name: /^Start AR/ }).click()
    await expect(status).toHaveText('AR did not start on this device.')
    await expect(panel.getByRole('button', { name: /^Try again/ })).toBeEnabled()
    expect(scripts.filter((s) => s.includes(THREE_MARKER)).length).toBeGreaterThan(0)
    await axe.check(page)
    await page.screenshot({ path: `${SHOTS}/webxr-phone-failed.png` })
  })
})

test.describe('on an iPhone', () => {
  test.use({ ...phone, userAgent: IPHONE_UA })

  test('AR Quick Look opens the .usdz in the chosen colour at real size from a link that starts with the poster', async ({ page, axe }) => {
    await page.addInitScript(withoutWebXr)
    await page.addInitScript(withoutWebGl)
    await page.addInitScript(() => {
      const supports = DOMTokenList.prototype.supports
      DOMTokenList.prototype.supports = function (this: DOMTokenList, token: string) {
        return token === 'ar' || supports.call(this, token)
      }
    })
    await page.goto(`${MUG}?color=sage-green`)
    const panel = await roomPanel(page)
    await expect(panel).toHaveAttribute('data-room-mode', 'quick-look')
    const link = panel.locator('a[rel="ar"]')
    // Quick Look has no material variants: the link opens the USDZ made in the chosen colour.
    await expect(link).toHaveAttribute('href', '/models/mug/sage-green.usdz#allowsContentScaling=0')
    expect((await page.request.get('/models/mug/sage-green.usdz')).ok()).toBe(true)
    await expect(link).toHaveAccessibleName('View in your room')
    expect(await link.evaluate((a) => a.firstElementChild?.tagName)).toBe('IMG')
    await expect(link.locator('img')).toHaveAttribute('src', '/models/mug/sage-green.png')
    await expect(link.locator('img')).toBeVisible()
    await axe.check(page)
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/quick-look-phone.png` })
  })
})

test.describe('on Android without WebXR', () => {
  test.use({ ...phone, userAgent: ANDROID_UA })

  test('Scene Viewer opens the model through an intent, and the QR visit brings the button forward', async ({ page, axe, baseURL }) => {
    await page.addInitScript(withoutWebXr)
    await page.addInitScript(withoutWebGl)
    await page.goto(`${MUG}?color=sage-green&ar=1`)
    const panel = await roomPanel(page)
    await expect(panel).toHaveAttribute('data-room-mode', 'scene-viewer')
    const link = panel.getByRole('link', { name: 'View in your room' })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^intent:\/\/arvr\.google\.com\/scene-viewer\/1\.0\?/)
    expect(href).toContain(`file=${encodeURIComponent(`${baseURL}/models/mug.glb`)}`)
    expect(href).toContain('mode=ar_preferred')
    expect(href).toContain(`title=${encodeURIComponent('Hollis Mug')}`)
    expect(href).toContain('#Intent;scheme=https;package=com.google.ar.core;action=android.intent.action.VIEW;')
    expect(href).toContain(`S.browser_fallback_url=${encodeURIComponent(`${baseURL}/p/hollis-mug?color=sage-green`)};end;`)
    // Opened from the computer's QR code (?ar=1): the button is in view and focused.
    await expect(link).toBeFocused()
    await expect(link).toBeInViewport()
    await axe.check(page)
    await page.screenshot({ path: `${SHOTS}/scene-viewer-phone.png` })
  })
})
