'use client'

import { useEffect, useState } from 'react'
import { CACHES } from './sw-protocol'

type Saved = { href: string; title: string }

const MAX_SHOWN = 12

/** A saved page's title, without the site's suffix; the path when it has none. */
async function titleOf(response: Response, fallback: string): Promise<string> {
  const html = await response.text()
  const head = html.slice(0, html.indexOf('</title>') + 8)
  const title = new DOMParser().parseFromString(head, 'text/html').title.replace(/\s*·\s*Aisle$/, '').trim()
  return title || fallback
}

async function savedPages(): Promise<Saved[]> {
  const names = (await caches.keys()).filter((n) => n.startsWith(CACHES.pagesPrefix))
  const found: Saved[] = []
  for (const name of names) {
    const cache = await caches.open(name)
    // Newest first: the cache keeps the order pages were saved in.
    for (const request of [...(await cache.keys())].reverse()) {
      if (found.length >= MAX_SHOWN) break
      const url = new URL(request.url)
      const response = await cache.match(request)
      if (!response || url.origin !== location.origin) continue
      const href = url.pathname + url.search
      if (found.some((s) => s.href === href)) continue
      found.push({ href, title: await titleOf(response, href) })
    }
  }
  return found
}

/** The catalogue pages this device kept, to open while offline. */
export function SavedPages() {
  const [pages, setPages] = useState<Saved[] | null>(null)
  useEffect(() => {
    if (!('caches' in window)) return
    let current = true
    savedPages()
      .then((p) => current && setPages(p))
      .catch(() => current && setPages([]))
    return () => {
      current = false
    }
  }, [])
  if (!pages?.length) return null
  return (
    <section aria-labelledby="saved-pages-heading" className="mt-10 w-full text-left">
      <h2 id="saved-pages-heading" className="text-base font-semibold">
        Saved on this device
      </h2>
      <ul className="mt-3 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
        {pages.map((p) => (
          <li key={p.href}>
            {/* A full page load: the worker answers it from the saved copy. */}
            <a href={p.href} className="flex min-h-11 items-center px-4 py-3 text-sm font-medium text-ink hover:bg-sunken">
              {p.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
