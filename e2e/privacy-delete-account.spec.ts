import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

test.use({ viewport: { width: 390, height: 844 } })

test('delete my account: confirmed by typing, signed out, and the same email starts afresh', async ({ page, axe }) => {
  test.slow()
  const email = unique('delete')
  await signInByEmail(page, email)
  const product: { id: string } = await (await page.request.get('/api/v1/products/hazel-travel-candle')).json()
  expect((await page.request.put(`/api/v1/wishlist/${product.id}`)).status()).toBe(201)
  expect((await page.request.put('/api/v1/me/consents', { data: { in_store_recognition: true } })).status()).toBe(200)

  await page.goto('/account/privacy')
  await page.getByRole('link', { name: 'Delete my account…' }).click()
  await expect(page).toHaveURL(/\/account\/privacy\/delete$/)
  await expect(page.getByRole('heading', { name: 'Delete your account', level: 1 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'This can’t be undone' })).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'privacy-delete-390x844.png'), fullPage: true })

  // Anything but the email or DELETE is refused, and says what to type.
  const confirm = page.getByLabel('Type your email address or DELETE to confirm')
  await confirm.fill('delete')
  await page.getByRole('button', { name: 'Delete my account' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(`Type ${email} or DELETE (in capitals) to confirm.`)
  await expect(page.getByLabel('Type your email address or DELETE to confirm')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Type your email address or DELETE to confirm')).toHaveValue('delete')
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'privacy-delete-refused-390x844.png'), fullPage: true })

  await page.getByLabel('Type your email address or DELETE to confirm').fill(email.toUpperCase())
  await page.getByRole('button', { name: 'Delete my account' }).click()
  await expect(page).toHaveURL(/\/account\/privacy\/deleted$/)
  await expect(page.getByRole('heading', { name: 'Your account is deleted', level: 1 })).toBeVisible()
  // After a server action's redirect the new page's metadata arrives a moment after its body.
  await expect(page).toHaveTitle(/Account deleted/)
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'privacy-deleted-390x844.png'), fullPage: true })
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('aisle_session')
  expect((await page.request.get('/api/v1/me/consents')).status()).toBe(401)
  await page.goto('/account')
  await expect(page).toHaveURL(/\/account\/sign-in/)

  // The same email makes a new, empty member.
  await signInByEmail(page, email)
  expect(await (await page.request.get('/api/v1/wishlist')).json()).toMatchObject({ owner: 'member', items: [] })
  await page.goto('/account/privacy')
  await expect(page.getByRole('switch', { name: 'Recognition in store' })).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByText('No changes yet.')).toBeVisible()
  const data = await (await page.request.get('/api/v1/me/export')).json()
  expect(data).toMatchObject({ wishlist: [], consentLog: [], receipts: [], reservations: [] })
})
