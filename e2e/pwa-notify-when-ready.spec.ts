import { createECDH, randomBytes } from 'node:crypto'
import path from 'node:path'
import { expect, test } from './fixtures'
import { controlledByWorker, PWA_SHOTS } from './pwa-fixtures'

// "Notify me when it's ready" on a placed reservation. The browser's push service cannot be reached
// from here, so the page's PushManager is a stand-in that hands out a subscription as Chrome would;
// everything after it (the permission asked only on the click, the subscription registered with
// the BFF for this reservation) is the app's own. The delivery itself is tested in lib/push.
const HANDLE = 'grove-tote'

test.use({ viewport: { width: 390, height: 844 } })
// Each journey installs the service worker first (see pwa-fixtures).
test.slow()

test('the shopper is asked about notifications only when they press the button, and the reservation is followed', async ({ page, axe, baseURL }) => {
  const product: { variants: { id: string }[] } = await (await page.request.get(`/api/v1/products/${HANDLE}`)).json()
  const availability: { stores: { store: { id: string }; variants: { variantId: string; available: number }[] }[] } = await (
    await page.request.get(`/api/v1/products/${HANDLE}/availability`)
  ).json()
  const at = availability.stores.find((s) => s.variants.some((v) => v.available > 0 && product.variants.some((p) => p.id === v.variantId)))!
  const variantId = at.variants.find((v) => v.available > 0)!.variantId
  const placed = await page.request.post('/api/v1/reservations', {
    data: { storeId: at.store.id, lines: [{ variantId, quantity: 1 }], customer: { name: 'Nell Notify', email: 'nell@example.com' } },
  })
  expect(placed.status(), await placed.text()).toBe(201)
  const reservation: { id: string; url: string } = await placed.json()

  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const fake = {
    endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${randomBytes(8).toString('hex')}`,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') },
  }
  await page.addInitScript((sub) => {
    const w = window as Window & { __permissionAsked?: number }
    w.__permissionAsked = Number(sessionStorage.getItem('permission-asked') ?? 0)
    let permission: NotificationPermission = w.__permissionAsked ? 'granted' : 'default'
    Object.defineProperty(Notification, 'permission', { get: () => permission })
    Notification.requestPermission = async () => {
      w.__permissionAsked = (w.__permissionAsked ?? 0) + 1
      sessionStorage.setItem('permission-asked', String(w.__permissionAsked))
      permission = 'granted'
      return permission
    }
    const subscription = () => ({ endpoint: sub.endpoint, options: { applicationServerKey: null }, toJSON: () => sub, unsubscribe: async () => true })
    PushManager.prototype.getSubscription = async function () {
      return (sessionStorage.getItem('subscribed') ? subscription() : null) as unknown as PushSubscription
    }
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      if (!options?.userVisibleOnly || !options.applicationServerKey) throw new Error('subscribe needs userVisibleOnly and our key')
      sessionStorage.setItem('subscribed', '1')
      return subscription() as unknown as PushSubscription
    }
  }, fake)

  await page.goto(reservation.url)
  await controlledByWorker(page)
  const section = page.getByRole('region', { name: 'Get a notification' })
  const button = section.getByRole('button', { name: 'Notify me when it’s ready' })
  await expect(button).toBeVisible()
  // Nothing is asked on arrival.
  expect(await page.evaluate(() => (window as Window & { __permissionAsked?: number }).__permissionAsked)).toBe(0)
  await axe.check(page)

  const registered = page.waitForResponse((r) => r.url().endsWith('/api/v1/push/subscriptions') && r.request().method() === 'POST')
  await button.click()
  const res = await registered
  expect(res.status()).toBe(201)
  const sent = res.request().postDataJSON()
  expect(sent).toMatchObject({ subscription: fake, topics: ['reservation-ready'], reservation: { id: reservation.id } })
  // Kept by the BFF: the same subscription sent again is an update of the one it has.
  const again = await page.request.post('/api/v1/push/subscriptions', { data: sent })
  expect(again.status()).toBe(200)
  expect(await again.json()).toEqual({ endpoint: fake.endpoint, topics: [], reservations: [reservation.id] })
  await expect(section.getByRole('status')).toHaveText('We’ll notify this device as soon as it’s ready.')
  await expect(button).toHaveCount(0)
  expect(await page.evaluate(() => (window as Window & { __permissionAsked?: number }).__permissionAsked)).toBe(1)
  await axe.check(page)
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: path.join(PWA_SHOTS, 'notify-when-ready-390x844.png') })

  // Remembered on this device.
  await page.reload()
  await expect(section.getByRole('status')).toHaveText('We’ll notify this device as soon as it’s ready.')

  // The push arrives (delivered through DevTools, as a push service would): the worker shows it,
  // tagged so a repeat replaces it, and a tap opens this reservation.
  await page.context().grantPermissions(['notifications'], { origin: baseURL })
  const cdp = await page.context().newCDPSession(page)
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL === `${baseURL}/` && !r.isDeleted)
      if (ours) resolve(ours.registrationId)
    }),
  )
  await cdp.send('ServiceWorker.enable')
  const message = { title: 'Ready for pickup at Aisle Evanston', body: 'Grove Tote is set aside for you.', url: reservation.url, tag: `reservation-ready:${reservation.id}` }
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseURL!, registrationId: await registrationId, data: JSON.stringify(message) })
  const shown = () =>
    page.evaluate(async () =>
      (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, tag: n.tag, url: (n.data as { url: string }).url })),
    )
  await expect.poll(shown).toEqual([{ title: message.title, body: message.body, tag: message.tag, url: new URL(reservation.url, baseURL).href }])
})
