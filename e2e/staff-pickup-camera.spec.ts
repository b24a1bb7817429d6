import fs from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { grayImage, paste } from '../lib/scan/testing/gray'
import { renderBarcode } from '../lib/scan/testing/render'
import { y4m } from '../lib/scan/testing/y4m'
import { fakeCamera } from './browser'
import { expect, test } from './fixtures'

// The desk's camera: the shop's scan engine, loaded only when staff open the camera, reads the
// pickup QR on the shopper's phone. Chromium's fake camera plays a QR made from a real
// reservation's signed token (Oak Park: demo associate E071, PIN 2468).

// A browser launch, a camera start and a WebAssembly compile each take seconds on a busy runner.
test.describe.configure({ timeout: 90_000 })

const isEngine = (url: string) => /zxing|\.wasm(\?|$)|worker/i.test(url)

/** A 1280x720 camera frame: the phone's QR held in the middle of a grey desk, nudged per frame. */
async function qrVideo(text: string, file: string) {
  const qr = await renderBarcode('qr', text, { scale: 6 })
  const frames = [0, 1, 2, 3].map((i) => {
    const f = grayImage(1280, 720, 0)
    for (let y = 0; y < f.height; y++) for (let x = 0; x < f.width; x++) f.data[y * f.width + x] = 150 + ((x * 5 + y * 3) % 40)
    paste(f, qr, Math.round((f.width - qr.width) / 2) + i * 2, Math.round((f.height - qr.height) / 2) + (i % 2))
    return f
  })
  fs.writeFileSync(file, y4m(frames, 30))
}

test('the camera opens on demand and a pickup QR opens the reservation for hand-over', async ({ request, axe }, testInfo) => {
  const stores: { id: string; slug: string }[] = await (await request.get('/api/v1/stores')).json()
  const storeId = stores.find((s) => s.slug === 'oak-park')!.id
  const availability = await (await request.get('/api/v1/products/sumac-vessel/availability')).json()
  const variant = availability.stores
    .find((s: { store: { id: string } }) => s.store.id === storeId)
    .variants.find((v: { available: number }) => v.available > 0)
  const created = await request.post('/api/v1/reservations', {
    data: { storeId, lines: [{ variantId: variant.variantId, quantity: 1 }], customer: { name: 'Quinn Harper', email: 'quinn@example.com' } },
  })
  expect(created.status(), await created.text()).toBe(201)
  const reservation: { pickupCode: string; pickupToken: string } = await created.json()

  const video = testInfo.outputPath('pickup-qr.y4m')
  fs.mkdirSync(path.dirname(video), { recursive: true })
  await qrVideo(reservation.pickupToken, video)
  const browser = await chromium.launch(fakeCamera(video))
  try {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, viewport: { width: 1280, height: 800 }, permissions: ['camera'] })
    const signedIn = await context.request.post('/api/v1/staff/session', { data: { staffId: 'E071', pin: '2468' } })
    expect(signedIn.status()).toBe(201)
    const page = await context.newPage()
    const engine: string[] = []
    page.on('request', (r) => isEngine(r.url()) && engine.push(r.url()))

    await page.goto('/staff/pickup', { waitUntil: 'networkidle' })
    await expect(page.getByRole('heading', { level: 1, name: 'Pickup desk' })).toBeVisible()
    expect(engine, 'no scan engine before the camera is opened').toEqual([])

    await page.getByRole('button', { name: 'Use camera' }).click()
    const panel = page.getByRole('dialog', { name: `${reservation.pickupCode.slice(0, 3)}-${reservation.pickupCode.slice(3)}` })
    await expect(panel).toBeVisible({ timeout: 30_000 })
    expect(engine.length, 'the engine loaded once the camera opened').toBeGreaterThan(0)
    await expect(panel).toContainText('Quinn Harper')
    await expect(panel.getByRole('button', { name: 'Hand over 1 item' })).toBeVisible()
    await axe.check(page)
    await context.close()
  } finally {
    await browser.close()
  }
})
