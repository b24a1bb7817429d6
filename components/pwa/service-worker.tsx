'use client'

import { usePathname, useSearchParams } from 'next/navigation'
import { Suspense, useEffect, useRef } from 'react'
import { savePageForOffline } from './sw-client'
import { savedPageKind, SW_URL } from './sw-protocol'

// Whether the worker fetched this document itself; if not (the first visit), the page asks it to save a copy.
const controlledAtLoad = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && !!navigator.serviceWorker.controller

function register() {
  // `updateViaCache: 'none'`: an update check always reaches the server, never a cached script.
  navigator.serviceWorker.register(SW_URL, { scope: '/', updateViaCache: 'none' }).catch((e: unknown) => {
    console.warn('service worker registration failed', e)
  })
}

function SaveVisitedPages() {
  const pathname = usePathname()
  const search = useSearchParams().toString()
  const first = useRef(true)
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !savedPageKind(pathname)) return
    const initial = first.current
    first.current = false
    // A document the worker served is saved already; a client-side navigation fetched no HTML.
    if (initial && controlledAtLoad) return
    const url = location.href
    let cancelled = false
    // After the navigation has settled, so the copy never competes with what the shopper waits for.
    const timer = setTimeout(() => {
      void navigator.serviceWorker.ready.then(() => {
        if (!cancelled) void savePageForOffline(url)
      })
    }, 1_500)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [pathname, search])
  return null
}

/** Registers the service worker (production builds only) and keeps visited catalogue pages and the wallet for offline. */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return
    if (document.readyState === 'complete') register()
    else window.addEventListener('load', register, { once: true })
  }, [])
  return (
    <Suspense fallback={null}>
      <SaveVisitedPages />
    </Suspense>
  )
}
