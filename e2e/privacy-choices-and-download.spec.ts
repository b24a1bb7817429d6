import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'

const SHOTS = process.env.SHOTS_DIR ?? path.join('test-results', 'screens')
const unique = (name: string) => `${name}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`

test.use({ viewport: { width: 390, height: 844 } })

test('privacy centre: turn a choice on (the history shows it) and download my data', async ({ page, axe }) => {
  const email = unique('privacy')
  await page.goto('/account/privacy')
  await expect(page).toHaveURL(/\/account\/sign-in\?next=%2Faccount%2Fprivacy$/)
  await signInByEmail(page, email)

  await page.goto('/account/privacy')
  await expect(page.getByRole('heading', { name: 'Privacy', level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Privacy' })).toHaveAttribute('aria-current', 'page')
  const marketing = page.getByRole('switch', { name: 'Marketing emails' })
  await expect(marketing).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByRole('switch', { name: 'Recognition in store' })).toHaveAttribute('aria-checked', 'false')
  await expect(page.getByText('No changes yet.')).toBeVisible()
  await axe.check(page)

  await marketing.click()
  await expect(marketing).toHaveAttribute('aria-checked', 'true')
  const history = page.getByRole('region', { name: 'History of your choices' })
  await expect(history.getByRole('listitem')).toHaveCount(1)
  await expect(history.getByRole('listitem').first()).toContainText('Marketing emails turned on')
  await expect(history.getByRole('listitem').first()).toContainText('Privacy centre')
  await axe.check(page)
  await page.screenshot({ path: path.join(SHOTS, 'privacy-centre-390x844.png'), fullPage: true })

  // The choice holds across a reload, and the API agrees.
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Marketing emails' })).toHaveAttribute('aria-checked', 'true')
  const consents = await (await page.request.get('/api/v1/me/consents')).json()
  expect(consents.consents.find((c: { purpose: string }) => c.purpose === 'marketing_email')).toMatchObject({ granted: true })

  // Download my data: a JSON attachment about this member.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()])
  expect(download.suggestedFilename()).toMatch(/^aisle-my-data-\d{4}-\d{2}-\d{2}\.json$/)
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'))
  expect(data.profile.email).toBe(email)
  expect(data.consentLog).toEqual([expect.objectContaining({ purpose: 'marketing_email', granted: true, source: 'privacy-centre' })])
  expect(data.privacyRequests).toEqual([expect.objectContaining({ kind: 'export', source: 'privacy-centre' })])
})
