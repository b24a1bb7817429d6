'use client'

import { useEffect, useState, useSyncExternalStore } from 'react'
import { disablePush, enablePush, hasPushSubscription, pushSupport, type PushSupport } from './push-client'

const noSubscription = () => () => {}
const REMEMBERED = 'aisle.push.points'

const said: Record<string, string> = {
  denied: 'Notifications are blocked for Aisle in this browser. Allow them in the site settings, then try again.',
  'sign-in': 'Sign in to be told when you earn points.',
  error: 'That didn’t work. Try again.',
  unsupported: 'This browser can’t show notifications.',
}

function remember(on: boolean) {
  try {
    if (on) localStorage.setItem(REMEMBERED, '1')
    else localStorage.removeItem(REMEMBERED)
  } catch {
    // Not remembered: the switch shows off next time; turning it on again is harmless.
  }
}

/** "Tell me when I earn points": a switch any member page can place. Asks for permission only when switched on. */
export function PointsToggle() {
  const support = useSyncExternalStore<PushSupport>(noSubscription, pushSupport, () => 'supported')
  const [on, setOn] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    let asked = false
    try {
      asked = localStorage.getItem(REMEMBERED) === '1'
    } catch {
      // Storage unavailable: shown as off.
    }
    if (asked) void hasPushSubscription().then((yes) => current && setOn(yes))
    return () => {
      current = false
    }
  }, [])

  if (support !== 'supported') return null

  const toggle = async () => {
    setBusy(true)
    setProblem(null)
    if (on) {
      const done = await disablePush(['points-earned'])
      if (done) remember(false)
      setOn(!done)
      if (!done) setProblem(said.error)
    } else {
      const result = await enablePush(['points-earned'])
      remember(result === 'on')
      setOn(result === 'on')
      if (result !== 'on') setProblem(said[result])
    }
    setBusy(false)
  }

  return (
    <div className="flex flex-col gap-1">
      <div className="flex min-h-11 items-center justify-between gap-4">
        <span id="points-toggle-label" className="text-sm font-medium text-ink">
          Tell me when I earn points
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby="points-toggle-label"
          disabled={busy}
          onClick={() => void toggle()}
          className="inline-flex h-11 w-16 shrink-0 items-center justify-center rounded-full disabled:opacity-60"
        >
          <span aria-hidden="true" className={`inline-flex h-7 w-12 items-center rounded-full transition-colors ${on ? 'bg-accent' : 'bg-line-strong'}`}>
            <span className={`inline-block size-5 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-6' : 'translate-x-1'}`} />
          </span>
        </button>
      </div>
      <p role="status" className="text-sm text-ink">
        {problem ?? ''}
      </p>
    </div>
  )
}
