// Web Push from the page: ask permission (only ever from a click), subscribe through the service
// worker, and tell the BFF which topics this browser wants.
import type { PushTopic } from '@/lib/push/schemas'

export type PushSupport = 'supported' | 'install-first' | 'unsupported'
export type EnableResult = 'on' | 'denied' | 'sign-in' | 'unsupported' | 'error'

/** Whether this browser can receive pushes; on iPhone and iPad only an app added to the Home Screen can. */
export function pushSupport(): PushSupport {
  if ('serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window) return 'supported'
  const ios = /iPhone|iPad|iPod/.test(navigator.userAgent) || (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1)
  return ios && 'serviceWorker' in navigator ? 'install-first' : 'unsupported'
}

const keyBytes = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))

const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) => !!a && a.byteLength === b.length && new Uint8Array(a).every((x, i) => x === b[i])

/** The service worker's registration, or null when none becomes active within 10 s. */
function registration(): Promise<ServiceWorkerRegistration | null> {
  return Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000))])
}

/**
 * Call straight from a click: the permission prompt must follow a user gesture. Subscribes (again,
 * when our key changed) and registers the topics; `reservation` limits it to that one.
 */
export async function enablePush(topics: PushTopic[], reservation?: { id: string; key: string }): Promise<EnableResult> {
  if (pushSupport() !== 'supported') return 'unsupported'
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission()
  if (permission !== 'granted') return 'denied'
  try {
    const reg = await registration()
    if (!reg) return 'unsupported'
    const keyRes = await fetch('/api/v1/push/key')
    if (!keyRes.ok) return 'error'
    const key = keyBytes(((await keyRes.json()) as { publicKey: string }).publicKey)
    let subscription = await reg.pushManager.getSubscription()
    if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
      await subscription.unsubscribe()
      subscription = null
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
    const res = await fetch('/api/v1/push/subscriptions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subscription: subscription.toJSON(), topics, ...(reservation ? { reservation } : {}) }),
    })
    if (res.status === 401) return 'sign-in'
    return res.ok ? 'on' : 'error'
  } catch {
    return 'error'
  }
}

/** Stops these topics for this browser (the subscription itself stays for the others). */
export async function disablePush(topics: PushTopic[]): Promise<boolean> {
  try {
    const subscription = await (await registration())?.pushManager.getSubscription()
    if (!subscription) return true
    const res = await fetch('/api/v1/push/subscriptions', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ endpoint: subscription.endpoint, topics }),
    })
    return res.ok
  } catch {
    return false
  }
}

/** Whether this browser has a push subscription and permission to show it (what a toggle starts from). */
export async function hasPushSubscription(): Promise<boolean> {
  if (pushSupport() !== 'supported' || Notification.permission !== 'granted') return false
  const reg = await navigator.serviceWorker.getRegistration()
  return !!(await reg?.pushManager.getSubscription())
}
