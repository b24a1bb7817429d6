'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useSyncExternalStore } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { dismissInstall, installSnapshot, recordView, subscribeInstall, takeInstallOffer } from './install-state'

// Staff screens, kiosks and the offline page are not where a shopper decides to install.
const notForShoppers = /^\/(staff|kiosk|dev|offline)(\/|$)/

function ShareIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="inline size-5 align-text-bottom text-accent" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d="M12 3v12M8 7l4-4 4 4" />
      <path d="M7 10H6a2 2 0 00-2 2v7a2 2 0 002 2h12a2 2 0 002-2v-7a2 2 0 00-2-2h-1" />
    </svg>
  )
}

function AppTile() {
  return (
    <span aria-hidden="true" className="grid size-12 shrink-0 place-items-center rounded-xl bg-accent text-xl font-bold text-white">
      A
    </span>
  )
}

/**
 * "Install Aisle", offered once the shopper has looked around (a second page, or half a minute),
 * never on first paint; "Not now" is remembered on this device. Safari on iOS fires no install
 * event, so there it explains Share → Add to Home Screen instead.
 */
export function InstallPrompt() {
  const pathname = usePathname()
  const show = useSyncExternalStore(subscribeInstall, installSnapshot, () => null)
  useEffect(() => recordView(), [pathname])

  if (!show || notForShoppers.test(pathname)) return null

  const install = async () => {
    const offer = takeInstallOffer()
    if (!offer) return
    await offer.prompt()
    if ((await offer.userChoice).outcome === 'dismissed') dismissInstall()
  }

  return (
    <section aria-labelledby="install-title" className="pointer-events-auto w-full max-w-md rounded-xl border border-line bg-surface p-4 shadow-lg">
      <div className="flex gap-3">
        <AppTile />
        <div className="min-w-0">
          <h2 id="install-title" className="text-base font-semibold text-ink">
            {show === 'ios' ? 'Install Aisle on this device' : 'Install Aisle'}
          </h2>
          {show === 'ios' ? (
            <ol className="mt-1 list-decimal pl-5 text-sm text-muted">
              <li>
                Tap Share <ShareIcon /> in Safari’s toolbar.
              </li>
              <li>
                Choose <strong className="font-semibold text-ink">Add to Home Screen</strong>.
              </li>
            </ol>
          ) : (
            <p className="mt-1 text-sm text-muted">Open it from your home screen: scan shelf tags, check your store’s stock and show your member card, even offline.</p>
          )}
        </div>
      </div>
      <div className="mt-3 flex justify-end gap-2">
        {show === 'ios' ? (
          <button type="button" className={buttonClass('secondary')} onClick={dismissInstall}>
            Got it
          </button>
        ) : (
          <>
            <button type="button" className={buttonClass('ghost')} onClick={dismissInstall}>
              Not now
            </button>
            <button type="button" className={buttonClass('primary')} onClick={() => void install()}>
              Install
            </button>
          </>
        )}
      </div>
    </section>
  )
}
