import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

test.use({ viewport: { width: 390, height: 844 } })

test('save a product before signing in; after sign-in it is on the member’s wishlist', async ({ page, axe }) => {
  test.slow()
  const handle = 'harbor-sunglasses'
  const product: { id: string; name: string } = await (await page.request.get(`/api/v1/products/${handle}`)).json()

  await page.goto(`/p/${handle}`)
  const heart = page.getByRole('button', { name: 'Save to wishlist' })
  await expect(heart).toHaveAttribute('aria-pressed', 'false')
  await axe.check(page)
  await heart.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(SHOTS, 'wishlist-heart-390x844.png') })

  // Optimistic: the heart fills before the answer, and the answer is a 201 that sets the visitor cookie.
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/wishlist/${product.id}`) && r.request().method() === 'PUT')
  await heart.click()
  const savedButton = page.getByRole('button', { name: 'Saved' })
  await expect(savedButton).toHaveAttribute('aria-pressed', 'true')
  expect((await saved).status()).toBe(201)
  expect((await page.context().cookies()).find((c) => c.name === 'aisle_visitor')).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'wishlist-heart-saved-390x844.png') })

  // The server kept it for this browser.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true')
  await page.goto('/account/wishlist')
  await expect(page.getByRole('heading', { name: 'Your wishlist', level: 1 })).toBeVisible()
  await expect(page.getByText('Saved on this browser only.')).toBeVisible()
  await expect(page.getByRole('link', { name: product.name })).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'wishlist-visitor-390x844.png'), fullPage: true })

  // Signing in folds the browser's list into the member's.
  await signInByEmail(page, unique('wish'))
  const list = await (await page.request.get('/api/v1/wishlist')).json()
  expect(list).toMatchObject({ owner: 'member', items: [{ productId: product.id }] })
  await page.goto('/account/wishlist')
  await expect(page.getByText('1 saved product')).toBeVisible()
  await expect(page.getByText('Saved on this browser only.')).toHaveCount(0)
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: product.name }) })
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'wishlist-member-390x844.png'), fullPage: true })

  // Remove, with Undo; the server agrees.
  await row.getByRole('button', { name: `Remove ${product.name}` }).click()
  await expect(row.getByText('Removed.')).toBeVisible()
  await expect(async () => {
    expect((await (await page.request.get('/api/v1/wishlist')).json()).items).toEqual([])
  }).toPass({ timeout: 5_000 })
  await axe.check(page)
  await row.getByRole('button', { name: `Undo removing ${product.name}` }).click()
  await expect(row.getByRole('button', { name: `Remove ${product.name}` })).toBeVisible()
  await expect(async () => {
    expect((await (await page.request.get('/api/v1/wishlist')).json()).items).toHaveLength(1)
  }).toPass({ timeout: 5_000 })

  // Another device (here: the API with the same session) removes it; this page's heart follows live.
  await page.goto(`/p/${handle}`)
  await expect(page.getByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true')
  expect((await page.request.delete(`/api/v1/wishlist/${product.id}`)).status()).toBe(204)
  await expect(page.getByRole('button', { name: 'Save to wishlist' })).toHaveAttribute('aria-pressed', 'false', { timeout: 10_000 })
})
