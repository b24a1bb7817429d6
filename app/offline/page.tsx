import type { Metadata } from 'next'
import { MinimalHeader } from '@/components/layout/minimal-header'
import { RetryButton } from '@/components/pwa/retry-button'
import { SavedPages } from '@/components/pwa/saved-pages'
import { buttonClass } from '@/components/ui/button-styles'

export const metadata: Metadata = {
  title: 'You’re offline',
  robots: { index: false, follow: false },
}

/**
 * What the service worker shows for a page it has no saved copy of while the network is down.
 * Static (built once, precached): it must not depend on the request.
 */
export default function OfflinePage() {
  return (
    <>
      <MinimalHeader />
      <main id="main" className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
        <p className="text-sm font-semibold tracking-wide text-accent uppercase">Offline</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">You’re offline</h1>
        <p className="mt-3 text-base text-muted">
          This page isn’t saved on your device, and Aisle can’t be reached right now. Pages you’ve opened before still work, and so does your member
          card.
        </p>
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <RetryButton />
          {/* Full page loads: a client-side navigation would wait for the network. */}
          <a href="/wallet" className={buttonClass('secondary')}>
            Open your wallet
          </a>
        </div>
        <SavedPages />
      </main>
    </>
  )
}
