import { expect, test } from './fixtures'

// A shopper looks at sunglasses in 3D: the poster first, the scene on request, and the colour
// swatches switch the model's material variant without reloading it.

test.use({ reducedMotion: 'reduce' })

// Where a GPU draws, the box also starts loading when scrolled into view, which can detach the
// button mid-click; the button's own handler is what these tests exercise, so it is clicked in place.

const PRODUCT = '/p/harbor-sunglasses'

test('view sunglasses in 3D and switch their colour', async ({ page, axe }) => {
  test.slow() // software WebGL on CI
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`${PRODUCT}?color=tortoise`)
  const viewer = page.getByTestId('model-viewer')
  await expect(viewer).toHaveAttribute('data-model-state', 'poster')
  await expect(viewer.getByRole('img', { name: /3D model preview/ })).toHaveAttribute('src', '/models/sunglasses-round/tortoise.png')
  await axe.check(page)

  await viewer.getByRole('button', { name: 'View in 3D' }).dispatchEvent('click')
  await expect(viewer).toHaveAttribute('data-model-state', 'ready', { timeout: 60_000 })
  await expect(viewer).toHaveAttribute('data-variant', 'tortoise')
  await expect(viewer.locator('canvas')).toBeVisible()
  await expect(viewer.getByRole('group', { name: '3D view controls' })).toBeVisible()
  await viewer.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/shots-three/3d-phone-tortoise.png' })
  await axe.check(page)

  // Keys and buttons move the camera without breaking the scene.
  await viewer.getByRole('application').press('ArrowRight')
  await viewer.getByRole('button', { name: 'Zoom in' }).click()
  await expect(viewer).toHaveAttribute('data-model-state', 'ready')

  await page.getByRole('link', { name: 'Black', exact: true }).click()
  await expect(page).toHaveURL(/color=black/)
  await expect(viewer).toHaveAttribute('data-variant', 'black')
  await expect(viewer).toHaveAttribute('data-model-state', 'ready')
  await viewer.scrollIntoViewIfNeeded()
  await page.screenshot({ path: '/tmp/shots-three/3d-phone-black.png' })
  await axe.check(page)
})

test('on a GPU the 3D view loads by itself once scrolled into view, on a desktop screen', async ({ page }) => {
  test.slow()
  // This machine renders WebGL in software; the page is told the renderer is a GPU's, as on a
  // shopper's laptop (the drawing itself still runs in software here).
  await page.addInitScript(() => {
    for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const original = Context.prototype.getParameter
      Context.prototype.getParameter = function (this: WebGLRenderingContext, name: number) {
        return name === 0x9246 ? 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)' : original.call(this, name)
      }
    }
  })
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${PRODUCT}?color=honey`)
  const viewer = page.getByTestId('model-viewer')
  await expect(viewer).toHaveAttribute('data-model-state', 'poster')
  await viewer.scrollIntoViewIfNeeded()
  // Decided once the box is in view on a hydrated page, which a busy CI machine can take a while to be.
  await expect(viewer).toHaveAttribute('data-autostart', 'on', { timeout: 20_000 })
  await expect(viewer).toHaveAttribute('data-model-state', 'ready', { timeout: 60_000 })
  await expect(viewer).toHaveAttribute('data-variant', 'honey')
  await page.screenshot({ path: '/tmp/shots-three/3d-desktop-honey.png' })
})

test('on a software renderer the 3D view waits for a tap, so it never takes the page’s CPU unasked', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(`${PRODUCT}?color=honey`)
  const viewer = page.getByTestId('model-viewer')
  await viewer.scrollIntoViewIfNeeded()
  await expect(viewer).toHaveAttribute('data-autostart', 'off', { timeout: 20_000 })
  await expect(viewer).toHaveAttribute('data-model-state', 'poster')
  await expect(viewer.getByRole('button', { name: 'View in 3D' })).toBeVisible()
  await viewer.getByRole('button', { name: 'View in 3D' }).click()
  await expect(viewer).toHaveAttribute('data-model-state', /loading|ready/)
})

test.describe('a failing model', () => {
  // The service worker fetches /models/ itself (to keep them offline), and a page's routes do not
  // see a worker's requests: blocked here, so the injected failure reaches the viewer.
  test.use({ serviceWorkers: 'block' })

  test('a model that fails to load says so and loads on retry', async ({ page, axe }) => {
    test.slow()
    let fail = true
    await page.route('**/models/*.glb', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()))
    await page.goto(PRODUCT)
    const viewer = page.getByTestId('model-viewer')
    await viewer.getByRole('button', { name: 'View in 3D' }).dispatchEvent('click')
    // The viewer's chunk (three.js) loads first: on a busy CI machine that takes more than the default 5 s.
    await expect(viewer.getByRole('alert')).toContainText('The 3D model did not load.', { timeout: 30_000 })
    await expect(viewer).toHaveAttribute('data-model-state', 'error')
    await axe.check(page)
    fail = false
    await viewer.getByRole('button', { name: 'Try again' }).click()
    await expect(viewer).toHaveAttribute('data-model-state', 'ready', { timeout: 60_000 })
  })
})

test('without WebGL the poster stays, with a clear message', async ({ page, axe }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return /webgl/.test(type) ? null : (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest)
    } as typeof original
  })
  await page.goto(PRODUCT)
  const viewer = page.getByTestId('model-viewer')
  await viewer.getByRole('button', { name: 'View in 3D' }).dispatchEvent('click')
  await expect(viewer).toHaveAttribute('data-model-state', 'no-webgl')
  await expect(viewer.getByRole('status')).toContainText('cannot show 3D')
  await expect(viewer.getByRole('img', { name: /3D model preview/ })).toBeVisible()
  await axe.check(page)
})
