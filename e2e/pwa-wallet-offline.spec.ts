import path from 'node:path'
import { expect, test } from './fixtures'
import { signInByEmail } from './member-fixtures'
import { controlledByWorker, PWA_SHOTS, savedForOffline } from './pwa-fixtures'

// The member card at the till with no signal: one visit to the wallet online, and it opens offline.

test.use({ viewport: { width: 390, height: 844 } })
// Each journey installs the service worker first (see pwa-fixtures).
test.slow()

test('the member card opens offline after one visit online', async ({ page, context, axe }) => {
  await signInByEmail(page, `pwa-wallet-${Date.now().toString(36)}@example.com`)
  await page.goto('/wallet')
  const card = page.getByTestId('member-card')
  await expect(card).toBeVisible()
  await controlledByWorker(page)
  // Once the worker controls the page, opening the wallet online keeps it (the visit the shopper
  // makes at home). The first, uncontrolled visit asks the worker to save it too, but on a loaded
  // CI machine that request has been seen to go missing: see the closing note of issue 5.
  await page.reload()
  await expect(card).toBeVisible()
  await savedForOffline(page, '/wallet')

  await context.setOffline(true)
  await page.reload()
  await expect(card).toBeVisible()
  await expect(card.getByRole('img', { name: 'Member card QR code' })).toBeVisible()
  await axe.check(page)
  await page.screenshot({ path: path.join(PWA_SHOTS, 'wallet-offline-390x844.png'), fullPage: true })
})
