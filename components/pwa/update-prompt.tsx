'use client'

import { useEffect, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'

const CHECK_EVERY_MS = 60 * 60 * 1000

/**
 * "A new version of Aisle is ready — Reload". A new service worker waits (it never takes over a
 * page by itself); Reload tells it to take over and reloads this page once it has. The worker also
 * looks for a new version every hour and whenever the app comes back to the foreground.
 */
export function UpdatePrompt() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null)
  const [later, setLater] = useState(false)

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    let registration: ServiceWorkerRegistration | undefined
    let lastCheck = Date.now()
    // Only an update waits for a reload: the very first install takes the page over directly.
    const offer = (worker: ServiceWorker | null | undefined) => {
      if (worker && navigator.serviceWorker.controller) setWaiting(worker)
    }
    const onUpdateFound = () => {
      const installing = registration?.installing
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing)
      })
    }
    const check = () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 60_000) return
      lastCheck = Date.now()
      registration?.update().catch(() => {})
    }
    void navigator.serviceWorker.ready.then((r) => {
      registration = r
      offer(r.waiting)
      r.addEventListener('updatefound', onUpdateFound)
    })
    const timer = setInterval(check, CHECK_EVERY_MS)
    document.addEventListener('visibilitychange', check)
    return () => {
      registration?.removeEventListener('updatefound', onUpdateFound)
      clearInterval(timer)
      document.removeEventListener('visibilitychange', check)
    }
  }, [])

  const reload = () => {
    // Accepted in another tab already: this page only has to load the new version.
    if (!waiting || waiting.state !== 'installed') return location.reload()
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
    waiting.postMessage({ type: 'SKIP_WAITING' })
  }

  const shown = waiting && !later
  return (
    // A polite live region, in the page from the start so the notice is announced when it appears
    // (not role=status: an empty one on every page would be one more "status" for everyone to skip).
    <div aria-live="polite" aria-atomic="true" className="pointer-events-auto w-full max-w-md">
      {shown && (
        <div className="flex items-center gap-3 rounded-xl border border-line bg-surface p-3 pl-4 shadow-lg">
          <p className="flex-1 text-sm font-medium text-ink">A new version of Aisle is ready</p>
          <button type="button" className={buttonClass('ghost', 'px-3')} onClick={() => setLater(true)}>
            Later
          </button>
          <button type="button" className={buttonClass('primary')} onClick={reload}>
            Reload
          </button>
        </div>
      )}
    </div>
  )
}
