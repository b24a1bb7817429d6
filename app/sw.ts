/// <reference lib="webworker" />
// The service worker: bundled by @serwist/turbopack (app/serwist/[path]/route.ts), served at /serwist/sw.js.
//
// What it caches, and why:
// - The build's scripts, styles, fonts and icons, and the offline page: precached at install.
// - Catalogue pages (/, /c/*, /p/*, /search, /stores*): network first, the saved copy only when the
//   network fails or takes over 3 s. Not stale-while-revalidate: the HTML carries the shopper's store
//   (a cookie) and stock as rendered, so online it must be the server's answer, every time. A saved
//   copy shown offline is corrected as soon as the page's live feed connects: it resumes from the
//   event id the page was rendered at and replays every stock change since (or asks for a refresh).
// - /wallet's page: network first too; the wallet keeps its member data in the page's own storage.
// - Product art and content-hashed build files: from the cache, refreshed in the background.
// - Never from a cache: /api/** (stock, reservations, wallet, auth, the stream: not intercepted at
//   all, except that a successful sign-in, sign-out or erasure drops the saved pages), /staff/**,
//   /dev/** and every other page, which falls back to the offline page when the network is down;
//   nor web worker scripts (see the fetch listener).
// - Personal pages are never saved, so sign-out has nothing personal to leave behind.
import {
  CacheFirst,
  CacheableResponsePlugin,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type RouteMatchCallbackOptions,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist'
import { CACHES, changesWhoIsSignedIn, isNeverCached, savedPageKind, type PageSource, type ToWorker } from '@/components/pwa/sw-protocol'

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}
declare const self: ServiceWorkerGlobalScope

const OFFLINE_URL = '/offline'
const DAY = 24 * 60 * 60

/** This build, from its precache list: saved pages belong to the build whose files they name. */
const BUILD = (() => {
  let h = 5381
  for (const c of JSON.stringify(self.__SW_MANIFEST ?? [])) h = ((h * 33) ^ c.charCodeAt(0)) >>> 0
  return h.toString(36)
})()
const PAGES = `${CACHES.pagesPrefix}${BUILD}`
const SHELL = `${CACHES.shellPrefix}${BUILD}`
const isSavedPagesCache = (name: string) => name.startsWith(CACHES.pagesPrefix) || name.startsWith(CACHES.shellPrefix)

const sameOrigin = (url: URL) => url.origin === self.location.origin
const isNavigation = ({ request, url }: RouteMatchCallbackOptions) => request.mode === 'navigate' && sameOrigin(url) && !isNeverCached(url.pathname)
const isBuildAsset = (url: URL) => sameOrigin(url) && url.pathname.startsWith('/_next/static/')
const isVendorFile = (url: URL) => sameOrigin(url) && url.pathname.startsWith('/vendor/')
const isModelFile = (url: URL) => sameOrigin(url) && url.pathname.startsWith('/models/')
const isProductArt = (url: URL) => sameOrigin(url) && (url.pathname.startsWith('/media/') || url.pathname === '/_next/image')

/** Clients (by id) that were just given a saved page because the network failed, with the copy's date. */
const servedFromCache = new Map<string, number | null>()

/** Remembers which page got a saved copy, so its offline banner can say so even while `navigator.onLine` is true. */
const noteSavedCopy: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, event }) => {
    const clientId = (event as FetchEvent | undefined)?.resultingClientId
    if (cachedResponse && clientId) {
      const date = Date.parse(cachedResponse.headers.get('date') ?? '')
      servedFromCache.set(clientId, Number.isNaN(date) ? null : date)
      if (servedFromCache.size > 50) servedFromCache.delete(servedFromCache.keys().next().value!)
    }
    return cachedResponse
  },
}

const okOnly = new CacheableResponsePlugin({ statuses: [200] })
// A page's HTML varies by Next's router headers, which a saved page's request never carries.
const matchOptions = { ignoreVary: true }

const pages = new NetworkFirst({
  cacheName: PAGES,
  networkTimeoutSeconds: 3,
  matchOptions,
  plugins: [okOnly, new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 7 * DAY }), noteSavedCopy],
})
const shell = new NetworkFirst({ cacheName: SHELL, networkTimeoutSeconds: 3, matchOptions, plugins: [okOnly, noteSavedCopy] })
const assetExpiry = new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 30 * DAY })
const assets = new CacheFirst({ cacheName: CACHES.assets, plugins: [okOnly, assetExpiry] })

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  // An update waits until the shopper chooses to reload (components/pwa/update-prompt.tsx).
  skipWaiting: false,
  // The first install controls the open page at once, so it can be used offline without a reload.
  clientsClaim: true,
  runtimeCaching: [
    { matcher: (o) => isNavigation(o) && savedPageKind(o.url.pathname) === 'pages', handler: pages },
    { matcher: (o) => isNavigation(o) && savedPageKind(o.url.pathname) === 'shell', handler: shell },
    // Every other page: always the network; offline, the offline page.
    { matcher: isNavigation, handler: new NetworkOnly() },
    { matcher: ({ url }) => isBuildAsset(url), handler: assets },
    // Versioned paths: once fetched, never again (about 4 MB of face models and WebAssembly).
    { matcher: ({ url }) => isVendorFile(url), handler: new CacheFirst({ cacheName: CACHES.tryOn, plugins: [okOnly, new ExpirationPlugin({ maxEntries: 30 })] }) },
    // 3D models and posters keep their names across builds: the saved copy first, refreshed behind it.
    {
      matcher: ({ url }) => isModelFile(url),
      handler: new StaleWhileRevalidate({ cacheName: CACHES.tryOn, plugins: [okOnly, new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 30 * DAY })] }),
    },
    {
      matcher: ({ url }) => isProductArt(url),
      handler: new StaleWhileRevalidate({ cacheName: CACHES.assets, plugins: [okOnly, assetExpiry] }),
    },
  ],
  fallbacks: { entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.mode === 'navigate' }] },
})

async function forgetPages(keep?: string[]): Promise<void> {
  const names = (await caches.keys()).filter((n) => isSavedPagesCache(n) && !keep?.includes(n))
  await Promise.all(names.map((n) => caches.delete(n)))
  servedFromCache.clear()
}

/** A page the worker did not fetch itself (the first visit, before it was in control; a client-side navigation). */
async function savePage(event: ExtendableMessageEvent, url: string, assetUrls: string[]): Promise<void> {
  const page = new URL(url, self.location.origin)
  const kind = sameOrigin(page) ? savedPageKind(page.pathname) : null
  if (!kind) return
  const files = assetUrls
    .slice(0, 200)
    .map((u) => new URL(u, self.location.origin))
    .filter((u) => (isBuildAsset(u) || isProductArt(u)) && !serwist.getPrecacheKeyForUrl(u.href))
  await Promise.allSettled([
    (kind === 'pages' ? pages : shell).handle({ event, request: new Request(page.href) }),
    ...files.map((u) => assets.handle({ event, request: new Request(u.href) })),
  ])
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const data = event.data as ToWorker | undefined
  if (data?.type === 'aisle:save-page' && typeof data.url === 'string' && Array.isArray(data.assets)) {
    event.waitUntil(savePage(event, data.url, data.assets.filter((a): a is string => typeof a === 'string')))
  } else if (data?.type === 'aisle:page-source') {
    const id = event.source && 'id' in event.source ? event.source.id : ''
    const answer: PageSource = { fromCache: servedFromCache.has(id), savedAt: servedFromCache.get(id) ?? null }
    event.ports[0]?.postMessage(answer)
  } else if (data?.type === 'aisle:forget-pages') {
    event.waitUntil(forgetPages())
  }
})

// Sign-in, sign-out and erasure change whose pages these are: the request goes to the network
// untouched, and once it succeeds the saved pages go.
function forgetPagesAfter(event: FetchEvent): void {
  event.respondWith(
    fetch(event.request).then(async (response) => {
      if (response.ok) await forgetPages()
      return response
    }),
  )
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (sameOrigin(url) && changesWhoIsSignedIn(request.method, url.pathname)) return forgetPagesAfter(event)
  // A web worker learns its bootstrap from its own URL's #fragment, which a response from a cache
  // does not carry: worker scripts always come from the network.
  if (request.destination === 'worker' || request.destination === 'sharedworker') return
  serwist.handleFetch(event)
})
self.addEventListener('install', serwist.handleInstall)
self.addEventListener('activate', serwist.handleActivate)
self.addEventListener('message', serwist.handleCache)

// Pages saved by an earlier version name files this one no longer keeps.
self.addEventListener('activate', (event) => {
  event.waitUntil(forgetPages([PAGES, SHELL]))
})

// ─── Web Push ───

type PushMessage = { title: string; body?: string; url?: string; tag?: string }

/** Only our own pages are opened from a notification. */
function pageUrl(url: unknown): string {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//')) return '/'
  return new URL(url, self.location.origin).href
}

/** Our server's message, or a plain one: a push must always show something (the browser would otherwise say "updated in the background"). */
function readPush(event: PushEvent): PushMessage {
  try {
    const message = event.data?.json() as PushMessage | null
    if (message && typeof message.title === 'string') return message
  } catch {
    // Not JSON: shown plainly below.
  }
  return { title: 'Aisle', url: '/' }
}

self.addEventListener('push', (event) => {
  const message = readPush(event)
  event.waitUntil(
    self.registration.showNotification(message.title, {
      body: typeof message.body === 'string' ? message.body : undefined,
      // One notification per thing: a repeat replaces the first instead of stacking.
      tag: typeof message.tag === 'string' ? message.tag : undefined,
      icon: '/icons/icon-192.png',
      badge: '/icons/badge-96.png',
      data: { url: pageUrl(message.url) },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const url = pageUrl((event.notification.data as { url?: unknown } | null)?.url)
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
      const open = windows.find((w) => w.url === url)
      if (open) return void (await open.focus())
      await self.clients.openWindow(url)
    })(),
  )
})

