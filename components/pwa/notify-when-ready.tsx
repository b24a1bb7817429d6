'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { enablePush, hasPushSubscription, pushSupport, type EnableResult, type PushSupport } from './push-client'

type State = 'idle' | 'working' | EnableResult

const noSubscription = () => () => {}
const remembered = (id: string) => `aisle.push.ready.${id}`

const said: Partial<Record<State, string>> = {
  on: 'We’ll notify this device as soon as it’s ready.',
  denied: 'Notifications are blocked for Aisle in this browser. Allow them in the site settings, then try again.',
  error: 'We couldn’t turn on notifications. Try again.',
  unsupported: 'This browser can’t show notifications; we’ll email you instead.',
}

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="size-6 shrink-0 text-accent" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d="M6 16V11a6 6 0 0112 0v5l1.5 2h-15L6 16z" />
      <path d="M10 20a2 2 0 004 0" />
    </svg>
  )
}

/**
 * "Notify me when it's ready" on a placed reservation: asks for permission only when pressed, and
 * subscribes this browser to this reservation (the link's key proves it is the shopper's own).
 */
export function NotifyWhenReady({ reservationId, accessKey }: { reservationId: string; accessKey: string }) {
  const support = useSyncExternalStore<PushSupport>(noSubscription, pushSupport, () => 'supported')
  const [state, setState] = useState<State>('idle')

  useEffect(() => {
    let current = true
    let asked = false
    try {
      asked = localStorage.getItem(remembered(reservationId)) === '1'
    } catch {
      // Storage unavailable: the button shows again, and pressing it is harmless.
    }
    if (asked) void hasPushSubscription().then((yes) => current && yes && setState('on'))
    return () => {
      current = false
    }
  }, [reservationId])

  if (support === 'unsupported') return null

  const turnOn = async () => {
    setState('working')
    const result = await enablePush(['reservation-ready'], { id: reservationId, key: accessKey })
    if (result === 'on') {
      try {
        localStorage.setItem(remembered(reservationId), '1')
      } catch {
        // Not remembered: the page offers the button again next time.
      }
    }
    setState(result)
  }

  const showButton = support === 'supported' && state !== 'on'
  return (
    <section aria-labelledby="notify-heading" className="flex gap-3 rounded-xl border border-line bg-surface p-4">
      <BellIcon />
      <div className="min-w-0 flex-1">
        <h2 id="notify-heading" className="text-base font-semibold">
          Get a notification
        </h2>
        <p className="mt-1 text-sm text-muted">
          {support === 'install-first'
            ? 'On iPhone and iPad, add Aisle to your Home Screen first (Share, then Add to Home Screen) and open your reservation from there.'
            : 'Besides the email, this device can tell you the moment it’s set aside.'}
        </p>
        {showButton && (
          <button type="button" className={buttonClass('secondary', 'mt-3')} disabled={state === 'working'} onClick={() => void turnOn()}>
            {state === 'working' ? 'Turning on…' : 'Notify me when it’s ready'}
          </button>
        )}
        {/* Always in the page (empty until there is news), so what appears in it is announced. */}
        <p role="status" className={!said[state] ? '' : state === 'on' ? 'mt-2 text-sm font-medium text-ok' : 'mt-2 text-sm text-ink'}>
          {said[state] ?? ''}
        </p>
      </div>
    </section>
  )
}
