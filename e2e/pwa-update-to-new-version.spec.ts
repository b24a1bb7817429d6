import path from 'node:path'
import { expect, test } from './fixtures'
import { controlledByWorker, PWA_SHOTS } from './pwa-fixtures'

// A new version of the app: its service worker installs in the background and waits; the page
// says so, and only the shopper's Reload lets it take over, after which the page loads once more.

test.use({ viewport: { width: 390, height: 844 } })
// Each journey installs the service worker first (see pwa-fixtures).
test.slow()

test('a new version waits for the shopper’s Reload, then takes over and the page reloads once', async ({ page, axe }) => {
  // What a deploy looks like to the browser: a worker script it has not seen before. Here it is the
  // same build under another URL, which the browser treats as a new version of the registration;
  // once "deployed", the app's own pages register that URL too.
  const NEXT = '/serwist/sw.js?v=next'
  await page.addInitScript((next) => {
    const register = ServiceWorkerContainer.prototype.register
    ServiceWorkerContainer.prototype.register = function (url: string | URL, options?: RegistrationOptions) {
      return register.call(this, sessionStorage.getItem('deployed') ? next : url, options)
    }
  }, NEXT)
  await page.goto('/')
  await controlledByWorker(page)
  const prompt = page.getByText('A new version of Aisle is ready')
  await expect(prompt).toHaveCount(0)

  await page.evaluate(async () => {
    sessionStorage.setItem('deployed', '1')
    await navigator.serviceWorker.register('/serwist/sw.js', { scope: '/', updateViaCache: 'none' })
  })
  await expect(prompt).toBeVisible({ timeout: 30_000 })
  // It waits: the page is still served by the version it loaded with.
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).not.toContain('v=next')
  await axe.check(page)
  await page.screenshot({ path: path.join(PWA_SHOTS, 'update-prompt-390x844.png') })

  let loads = 0
  page.on('load', () => loads++)
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()])
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), { timeout: 30_000 }).toContain('v=next')
  // The page registers its worker again once loaded: the version it now runs, so nothing is offered.
  await page.waitForTimeout(2_000)
  await expect(prompt).toHaveCount(0)
  expect(loads).toBe(1)
})
