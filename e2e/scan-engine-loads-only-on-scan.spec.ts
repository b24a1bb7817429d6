import { expect, test } from './fixtures'

// The barcode engine (its worker and WebAssembly) loads on /scan only: the storefront's pages
// never pay for it.

const isEngine = (url: string) => /zxing|\.wasm(\?|$)|worker/i.test(url)

for (const path of ['/', '/c/eyewear', '/search?q=sunglasses', '/p/harbor-sunglasses']) {
  test(`${path} loads no barcode engine`, async ({ page }) => {
    const loaded: string[] = []
    page.on('request', (request) => loaded.push(request.url()))
    await page.goto(path, { waitUntil: 'networkidle' })
    expect(loaded.filter(isEngine)).toEqual([])
  })
}

test('/scan loads the engine from our own origin', async ({ page, baseURL }) => {
  const engine: string[] = []
  page.on('request', (request) => isEngine(request.url()) && engine.push(request.url()))
  await page.goto('/scan')
  await expect.poll(() => engine.some((u) => u.endsWith('.wasm'))).toBe(true)
  for (const url of engine) expect(new URL(url).origin).toBe(new URL(baseURL!).origin)
  const wasm = await page.request.get(engine.find((u) => u.endsWith('.wasm'))!)
  expect(wasm.headers()['content-type']).toBe('application/wasm')
  expect(wasm.headers()['cache-control']).toContain('immutable')
})
