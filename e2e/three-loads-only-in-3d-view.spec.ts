import { expect, test } from './fixtures'

// three.js (the 3D engine) is never part of a page's first load: it arrives only when the
// shopper opens a 3D view. A string only three's renderer carries marks it in any chunk.

const THREE_MARKER = 'WebGLRenderer: Context Lost'
// Face tracking (@vladmandic/human with tfjs bundled in): a message only tfjs's engine carries.
const FACE_MARKER = 'No backend found in registry'

async function loadedScripts(page: import('@playwright/test').Page, path: string) {
  const bodies: { url: string; body: string }[] = []
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return
    bodies.push({ url: response.url(), body: await response.text().catch(() => '') })
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  return bodies
}

for (const path of ['/', '/c/eyewear', '/p/harbor-sunglasses']) {
  test(`${path} loads no three.js and no face tracking`, async ({ page }) => {
    const scripts = await loadedScripts(page, path)
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((s) => s.body.includes(THREE_MARKER)).map((s) => s.url)).toEqual([])
    expect(scripts.filter((s) => s.body.includes(FACE_MARKER)).map((s) => s.url)).toEqual([])
  })
}

test('the try-on page loads three.js and the face models only once the camera is started', async ({ page }) => {
  const scripts = await loadedScripts(page, '/try-on/harbor-sunglasses')
  const models: string[] = []
  page.on('request', (r) => {
    if (r.url().includes('/vendor/human-')) models.push(r.url())
  })
  await expect(page.getByRole('button', { name: 'Start the camera' })).toBeVisible()
  expect(scripts.filter((s) => s.body.includes(THREE_MARKER) || s.body.includes(FACE_MARKER)).map((s) => s.url)).toEqual([])
  expect(models).toEqual([])
})

test('opening the 3D view loads three.js from our own origin', async ({ page, baseURL }) => {
  test.slow()
  const scripts = await loadedScripts(page, '/p/harbor-sunglasses')
  await page.getByRole('button', { name: 'View in 3D' }).dispatchEvent('click')
  await expect(page.getByTestId('model-viewer')).toHaveAttribute('data-model-state', /loading|ready/)
  await expect.poll(() => scripts.filter((s) => s.body.includes(THREE_MARKER)).length, { timeout: 20_000 }).toBeGreaterThan(0)
  for (const s of scripts) expect(new URL(s.url).origin).toBe(new URL(baseURL!).origin)
})
