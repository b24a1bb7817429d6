// What the pages and the service worker (app/sw.ts) say to each other, and the names of the caches
// both read. Plain TypeScript: the worker bundles it too.

export const SW_URL = '/serwist/sw.js'

/**
 * Runtime caches (precached files live in Serwist's own). Saved pages are kept per build, because
 * a page names the build's files: `aisle-pages-<build>`; a new version drops the old ones.
 */
export const CACHES = {
  /** Catalogue pages as last fetched, served only when the network fails; dropped at sign-in and sign-out too. */
  pagesPrefix: 'aisle-pages-',
  /** The wallet's page (its member data is kept by the page itself, not here). */
  shellPrefix: 'aisle-shell-',
  /** Build assets (content-hashed file names) and product art. */
  assets: 'aisle-assets',
  /**
   * Try-on's engine: face models and WebAssembly under /vendor/ (the package version is in the
   * path, so a file never changes) and the 3D models, so a second try-on loads nothing again.
   */
  tryOn: 'aisle-try-on',
} as const

/** Messages a page posts to the worker. */
export type ToWorker =
  /** Save this catalogue page, and the files it used, for offline (a page the worker did not fetch itself). */
  | { type: 'aisle:save-page'; url: string; assets: string[] }
  /** Was the page asking served from a saved copy? Answered on the message's port with PageSource. */
  | { type: 'aisle:page-source' }
  /** Drop saved pages (sign-in, sign-out, erasure). */
  | { type: 'aisle:forget-pages' }

/** `savedAt`: the saved copy's Date header (ms), when the page came from the cache because the network failed. */
export type PageSource = { fromCache: boolean; savedAt: number | null }

/** Shopper pages whose HTML may be kept for offline: the public catalogue, nothing personal. */
function isCataloguePath(pathname: string): boolean {
  return pathname === '/' || pathname === '/search' || pathname === '/stores' || /^\/(c|p|stores|try-on)\/[^/]+$/.test(pathname)
}

/** Which saved-pages cache a page belongs to, if it may be kept at all. */
export function savedPageKind(pathname: string): 'pages' | 'shell' | null {
  if (isCataloguePath(pathname)) return 'pages'
  return pathname === '/wallet' ? 'shell' : null
}

/** Paths the worker never answers from a cache, whatever the request. */
export function isNeverCached(pathname: string): boolean {
  return /^\/(api|staff|dev|serwist)(\/|$)/.test(pathname)
}

/** Requests after which this browser belongs to someone else: sign-in, sign-out (here or everywhere), account erasure. */
export function changesWhoIsSignedIn(method: string, pathname: string): boolean {
  if (method === 'POST') return pathname === '/api/v1/auth/verify' || pathname === '/api/v1/auth/passkeys/sign-in'
  if (method === 'DELETE') return pathname === '/api/v1/auth/session' || pathname === '/api/v1/auth/sessions' || pathname === '/api/v1/me'
  return false
}
