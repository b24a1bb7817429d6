// Talking to the service worker from a page. Every call is a no-op where there is none (old
// browsers, development, a page not yet controlled).
import type { PageSource, ToWorker } from './sw-protocol'

const hasWorker = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator

/** Posts to the worker in control, or to the active one once it is ready. */
export async function postToWorker(message: ToWorker): Promise<void> {
  if (!hasWorker()) return
  const worker = navigator.serviceWorker.controller ?? (await navigator.serviceWorker.getRegistration())?.active
  worker?.postMessage(message)
}

/** Whether this page was served from a saved copy because the network failed; null when no worker answers within a second. */
export function askPageSource(): Promise<PageSource | null> {
  const controller = hasWorker() ? navigator.serviceWorker.controller : null
  if (!controller) return Promise.resolve(null)
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(() => resolve(null), 1_000)
    channel.port1.onmessage = (e: MessageEvent<PageSource>) => {
      clearTimeout(timer)
      resolve(e.data)
    }
    controller.postMessage({ type: 'aisle:page-source' } satisfies ToWorker, [channel.port2])
  })
}

/** Drops every page saved for offline. Sign-in and sign-out through /api/v1/auth do this by themselves. */
export const forgetSavedPages = () => postToWorker({ type: 'aisle:forget-pages' })

/** Keeps this page (catalogue or wallet), and the build files and product art it loaded, for offline. */
export function savePageForOffline(url: string): Promise<void> {
  const assets = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.startsWith(`${location.origin}/_next/static/`) || name.startsWith(`${location.origin}/media/`))
  return postToWorker({ type: 'aisle:save-page', url, assets })
}
