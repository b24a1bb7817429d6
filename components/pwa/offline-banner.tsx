'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import { Container } from '@/components/ui/container'
import { askPageSource } from './sw-client'
import type { PageSource } from './sw-protocol'

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

function savedWhen(ms: number): string {
  const at = new Date(ms)
  const today = at.toDateString() === new Date().toDateString()
  return new Intl.DateTimeFormat(undefined, today ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at)
}

/**
 * "You're offline — showing saved pages": when the device has no network, or when this page is a
 * copy the service worker kept because the server could not be reached (the browser may still
 * think it is online). A polite live region, present from the start, so a screen reader hears the
 * banner once when it appears.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true)
  const [source, setSource] = useState<PageSource | null>(null)
  useEffect(() => {
    let current = true
    void askPageSource().then((s) => current && setSource(s))
    return () => {
      current = false
    }
  }, [])
  const fromCache = source?.fromCache === true
  const offline = !online || fromCache

  return (
    <div aria-live="polite" className="sticky top-0 z-40">
      {offline && (
        <div className="border-b border-line bg-warn-soft">
          <Container className="flex min-h-11 items-center gap-3 py-2">
            <p className="flex-1 text-sm text-ink">
              <span className="font-semibold">You’re offline</span> — showing saved pages
              {fromCache && source?.savedAt ? <span className="text-muted"> (this one saved {savedWhen(source.savedAt)})</span> : null}
            </p>
            {online && fromCache && (
              <button type="button" onClick={() => location.reload()} className="min-h-11 rounded-full px-3 text-sm font-semibold text-accent underline-offset-4 hover:underline">
                Try again
              </button>
            )}
          </Container>
        </div>
      )}
    </div>
  )
}
