import { expect, type Page } from '@playwright/test'

/** Where the PWA specs leave their screenshots (390x844 unless a spec says otherwise). */
export const PWA_SHOTS = process.env.PWA_SHOTS_DIR ?? '/tmp/shots-pwa'

// Installing means precaching ~1.2 MB from a server the other worker is also busy with: on a
// loaded 2-core CI machine that can take a while, so the waits are generous (specs are slow()).
const INSTALL_MS = 60_000

/** The service worker is installed and controls this page (the first visit installs it; it then takes the page over). */
export async function controlledByWorker(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''), { timeout: INSTALL_MS }).toContain('/serwist/sw.js')
}

/** Every request URL (path and query) the worker keeps outside its precache. */
export function cachedUrls(page: Page): Promise<{ cache: string; url: string }[]> {
  return page.evaluate(async () => {
    const out: { cache: string; url: string }[] = []
    for (const name of await caches.keys()) {
      if (name.startsWith('serwist-precache')) continue
      for (const request of await (await caches.open(name)).keys()) {
        const u = new URL(request.url)
        out.push({ cache: name, url: u.pathname + u.search })
      }
    }
    return out
  })
}

/** Pages (catalogue and wallet) the worker saved for offline. */
export async function savedPages(page: Page): Promise<string[]> {
  return (await cachedUrls(page)).filter((c) => /^aisle-(pages|shell)-/.test(c.cache)).map((c) => c.url)
}

/** Waits until the worker has saved `path` (a first visit asks for it shortly after the page has settled). */
export async function savedForOffline(page: Page, path: string): Promise<void> {
  await expect.poll(() => savedPages(page), { timeout: INSTALL_MS }).toContain(path)
}
