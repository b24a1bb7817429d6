import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const NO_AUTOFILL = 'e2e:no-passkey-autofill'

// Browsers refuse an IP address as a passkey's relying party: this journey runs on `localhost`.
test.use({ baseURL: `http://localhost:${process.env.E2E_PORT ?? 3100}`, viewport: { width: 390, height: 844 } })

test('register a passkey, sign out, sign in with it', async ({ page, axe }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  })

  await page.addInitScript((flag) => {
    if (localStorage.getItem(flag)) Object.defineProperty(PublicKeyCredential, 'isConditionalMediationAvailable', { value: async () => false })
  }, NO_AUTOFILL)

  const email = `passkey-${Date.now().toString(36)}@example.com`
  await signInByEmail(page, email)
  await page.goto('/account')
  const passkeys = page.getByRole('region', { name: 'Passkeys' })
  await expect(passkeys.getByText('No passkeys yet.')).toBeVisible()
  await passkeys.getByRole('button', { name: 'Add a passkey' }).click()
  await expect(passkeys.getByRole('status')).toHaveText('Passkey added as “Passkey”. Next time, sign in with it instead of a code.')
  await expect(passkeys.getByRole('listitem')).toHaveCount(1)
  await expect(passkeys.getByText(/Not used yet/)).toBeVisible()
  const stored = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
  expect(stored.credentials).toHaveLength(1)
  expect(stored.credentials[0].isResidentCredential).toBe(true)

  // Renamed in place.
  await passkeys.getByRole('button', { name: 'Rename Passkey' }).click()
  await passkeys.getByLabel('Passkey name').fill('My phone')
  await passkeys.getByRole('button', { name: 'Save name' }).click()
  await expect(passkeys.getByText('My phone', { exact: true })).toBeVisible()
  await axe.check(page)

  // Signed out, then back in with the passkey button: no email, no code. (Autofill is held back
  // here: the virtual authenticator would answer the email field's passkey suggestion at once.)
  await page.evaluate((flag) => localStorage.setItem(flag, '1'), NO_AUTOFILL)
  // Signing out is a client-side navigation: load the document anew so the init script sees the flag.
  await page.reload()
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/account\/sign-in\?signed-out=1$/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('You are signed out.')
  await axe.check(page)
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible()
  await expect(passkeys.getByText(/Last used just now/)).toBeVisible()
  await expect(page.getByRole('region', { name: 'Where you’re signed in' }).getByText(/with passkey/)).toBeVisible()
  const after = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
  expect(after.credentials[0].signCount).toBeGreaterThan(stored.credentials[0].signCount)
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'account-passkey-390x844.png'), fullPage: true })

  // With autofill (conditional mediation), the passkey offered in the email field signs in too.
  await page.evaluate((flag) => localStorage.removeItem(flag), NO_AUTOFILL)
  await page.getByRole('button', { name: 'Sign out', exact: true }).click()
  await expect(page).toHaveURL(/\/account\/sign-in\?signed-out=1$/)
  await page.reload()
  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible()
  const again = await cdp.send('WebAuthn.getCredentials', { authenticatorId })
  expect(again.credentials[0].signCount).toBeGreaterThan(after.credentials[0].signCount)

  // Removed: a second press confirms.
  await passkeys.getByRole('button', { name: 'Remove My phone' }).click()
  await passkeys.getByRole('button', { name: 'Yes, remove My phone' }).click()
  await expect(passkeys.getByText('No passkeys yet.')).toBeVisible()
})
