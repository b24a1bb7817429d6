import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

test.use({ viewport: { width: 390, height: 844 } })

test('a heart tapped offline waits on the device and is saved when back online', async ({ page, context, axe }) => {
  const handle = 'maple-ceramic-vase'
  const product: { id: string } = await (await page.request.get(`/api/v1/products/${handle}`)).json()
  await signInByEmail(page, unique('offline'))
  await page.goto(`/p/${handle}`)
  const heart = page.getByRole('button', { name: 'Save to wishlist' })
  await expect(heart).toHaveAttribute('aria-pressed', 'false')

  await context.setOffline(true)
  await heart.click()
  const saved = page.getByRole('button', { name: 'Saved' })
  await expect(saved).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByText('Saved on this device. It will sync when you’re back online.')).toBeVisible()
  await expect(saved.getByText('Not synced')).toBeVisible()
  const queued = await page.evaluate(() => localStorage.getItem('aisle.wishlist-queue.v1'))
  expect(JSON.parse(queued ?? '[]')).toMatchObject([{ productId: product.id, saved: true }])
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'wishlist-heart-offline-390x844.png') })

  // Back online: the queue is sent in order and emptied; the heart is plain "Saved" again.
  const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/wishlist/${product.id}`) && r.request().method() === 'PUT')
  await context.setOffline(false)
  expect((await sent).status()).toBe(201)
  await expect(page.getByText('Saved on this device. It will sync when you’re back online.')).toHaveCount(0)
  await expect(saved.getByText('Not synced')).toHaveCount(0)
  expect(await page.evaluate(() => localStorage.getItem('aisle.wishlist-queue.v1'))).toBeNull()
  const list = await (await page.request.get('/api/v1/wishlist')).json()
  expect(list.items.map((i: { productId: string }) => i.productId)).toEqual([product.id])
  await axe.check(page)

  // Saved and removed again while offline: only the last change counts, and a replay is harmless.
  await context.setOffline(true)
  await saved.click()
  await expect(page.getByRole('button', { name: 'Save to wishlist' })).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: 'Save to wishlist' }).click()
  await page.getByRole('button', { name: 'Saved' }).click()
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('aisle.wishlist-queue.v1'))) ?? '[]')).toMatchObject([{ productId: product.id, saved: false }])
  await context.setOffline(false)
  await expect(async () => {
    expect((await (await page.request.get('/api/v1/wishlist')).json()).items).toEqual([])
  }).toPass({ timeout: 5_000 })
  await expect(page.getByRole('button', { name: 'Save to wishlist' })).toHaveAttribute('aria-pressed', 'false')
})
