import path from 'node:path'
import { expect, test } from './fixtures'
import { readSignInCode, signInByEmail } from './member-fixtures'

// SHOTS_DIR lets a run keep its screenshots apart from another run's test-results.
const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, '0')
/** A Chicago number no other run has used: `[national, as the page shows it]`. */
const newPhone = () => {
  const [exchange, line] = [`${2 + Math.floor(Math.random() * 8)}${digits(2)}`, digits(4)]
  return [`(312) ${exchange}-${line}`, `+1 312 ${exchange} ${line}`]
}
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

test.use({ viewport: { width: 390, height: 844 } })

test('request a code, read it from the outbox, sign in and land on `next`', async ({ page, axe }) => {
  const email = unique('code')

  // A signed-out shopper opening their account is sent to sign in, and comes back after.
  await page.goto('/account')
  await expect(page).toHaveURL(/\/account\/sign-in\?next=%2Faccount$/)
  await page.goto('/account/sign-in?next=%2Fstores%3Fsort%3Dnear')
  await expect(page.getByRole('heading', { name: 'Sign in', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Your account' })).toHaveCount(0)
  await page.getByLabel('Email').fill('not an email')
  await page.getByRole('button', { name: 'Email me a code' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Enter a valid email address, like name@example.com.')
  await axe.check(page)
  await page.getByLabel('Email').fill(`  ${email.toUpperCase()} `)
  await page.screenshot({ path: path.join(SHOTS, 'sign-in-email-390x844.png'), fullPage: true })
  await page.getByRole('button', { name: 'Email me a code' }).click()

  // The code step: one-time-code field, the address it went to, resend after a visible wait.
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible()
  await expect(page.getByText(`We sent a 6-digit code to ${email}`, { exact: false })).toBeVisible()
  const code = page.getByLabel('Code')
  await expect(code).toBeFocused()
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code')
  await expect(code).toHaveAttribute('inputmode', 'numeric')
  await expect(page.getByRole('button', { name: /^Resend code in \d+ s$/ })).toBeDisabled()
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'sign-in-code-390x844.png'), fullPage: true })

  // A wrong code says so, with the tries left.
  const right = await readSignInCode(page, email)
  const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0')
  await code.fill(wrong)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('That code is not right. 4 tries left.')
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'sign-in-wrong-code-390x844.png'), fullPage: true })

  // The right one signs in and lands on `next`.
  await code.fill(right)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/stores\?sort=near$/)
  const cookie = (await page.context().cookies()).find((c) => c.name === 'aisle_session')
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

  // The account page: details, passkeys, sessions, and the account sub-navigation.
  await page.goto('/account')
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible()
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Your account' })
  await expect(nav.getByRole('link', { name: 'Account' })).toHaveAttribute('aria-current', 'page')
  for (const [name, href] of [['Wallet', '/wallet'], ['Wishlist', '/account/wishlist'], ['Privacy', '/account/privacy']]) {
    await expect(nav.getByRole('link', { name })).toHaveAttribute('href', href)
  }
  await expect(page.getByRole('region', { name: 'Where you’re signed in' }).getByText('This browser')).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'account-390x844.png'), fullPage: true })

  // Signed in, the sign-in page goes straight on; an unsafe `next` lands on the account page.
  await page.goto('/account/sign-in?next=%2F%2Fevil.example%2F')
  await expect(page).toHaveURL(/\/account$/)
})

test('edit name and phone; a phone that is another member’s is refused', async ({ page, browser, axe }) => {
  const [taken, takenShown] = newPhone()
  const [mine, mineShown] = newPhone()
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  await signInByEmail(otherPage, unique('phone-owner'))
  await otherPage.goto('/account')
  await otherPage.getByLabel('Phone (optional)').fill(taken)
  await otherPage.getByRole('button', { name: 'Save details' }).click()
  await expect(otherPage.getByRole('region', { name: 'Your details' }).getByRole('status')).toHaveText('Saved.')
  await other.close()

  await signInByEmail(page, unique('phone'))
  await page.goto('/account')
  await page.getByLabel('Name').fill('Ann Lee')
  await page.getByLabel('Phone (optional)').fill(takenShown)
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toContainText('That phone number belongs to another Aisle account.')
  await expect(page.getByLabel('Phone (optional)')).toHaveAttribute('aria-invalid', 'true')
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'account-phone-taken-390x844.png'), fullPage: true })

  await page.getByLabel('Phone (optional)').fill(mine)
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('region', { name: 'Your details' }).getByRole('status')).toHaveText('Saved.')
  await expect(page.getByLabel('Phone (optional)')).toHaveValue(mineShown)
  await expect(page.getByRole('heading', { name: 'Hi, Ann Lee', level: 1 })).toBeVisible()
})

test('sign out everywhere signs out a second browser', async ({ page, browser, axe }) => {
  const email = unique('everywhere')
  const laptop = await browser.newContext()
  const laptopPage = await laptop.newPage()
  await signInByEmail(laptopPage, email)
  await signInByEmail(page, email)

  await page.goto('/account')
  const sessions = page.getByRole('region', { name: 'Where you’re signed in' })
  await expect(sessions.getByRole('listitem')).toHaveCount(2)
  await expect(sessions.getByText('Another browser')).toBeVisible()
  await page.getByRole('button', { name: /^Sign out everywhere/ }).click()
  await expect(page).toHaveURL(/\/account\/sign-in\?signed-out=everywhere$/)
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'signed out' })).toHaveText('You are signed out on every device.')
  await axe.check(page)

  // The other browser still has its cookie, but the session behind it is gone.
  await laptopPage.goto('/account')
  await expect(laptopPage).toHaveURL(/\/account\/sign-in\?next=%2Faccount$/)
  const api = await laptopPage.request.get('/api/v1/auth/session')
  expect(api.status()).toBe(401)
  await laptop.close()
})
