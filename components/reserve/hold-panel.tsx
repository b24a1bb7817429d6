'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useCallback, useEffect, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { ClockIcon } from '@/components/ui/icons'
import { ContactFields } from './contact-fields'
import { countdownAnnouncement, EXTEND_EVERY_MS, EXTEND_ON_INPUT_GAP_MS, formatCountdown, spokenCountdown } from './countdown'
import type { ContactFormState, ExtendResult } from './form-state'
import { HoldLapsed } from './hold-lapsed'

type HoldPanelProps = {
  id: string
  accessKey: string
  holdExpiresAt: string
  /** The server's clock when it rendered: the countdown follows the server, not a phone set wrong. */
  serverNow: number
  retryHref: string
  storeName: string
  confirmAction: (state: ContactFormState, form: FormData) => Promise<ContactFormState>
  extendAction: (id: string, key: string) => Promise<ExtendResult>
  releaseAction: (form: FormData) => Promise<void>
  /** What is held and where (server-rendered). */
  children: React.ReactNode
}

// A phone clock off by less than this is treated as right: the render's own travel time is noise.
const SKEW_TOLERANCE_MS = 5_000
const skewOf = (serverNow: number, clientNow: number) => (Math.abs(serverNow - clientNow) > SKEW_TOLERANCE_MS ? serverNow - clientNow : 0)

/**
 * The final step of a cart hold: a countdown, and the contact form that turns the hold into a
 * reservation. While this page is visible it keeps the hold alive (every minute, and as the
 * shopper types); a hidden, abandoned tab stops, so the stock goes back to everyone.
 */
export function HoldPanel(props: HoldPanelProps) {
  const { id, accessKey, serverNow, retryHref, storeName, confirmAction, extendAction, releaseAction, children } = props
  const router = useRouter()
  const [state, formAction, pending] = useActionState(confirmAction, {})
  const [expiresAt, setExpiresAt] = useState(() => Date.parse(props.holdExpiresAt))
  const [now, setNow] = useState(serverNow)
  const [spoken, setSpoken] = useState({ left: expiresAt - serverNow, text: '' })
  const skew = useRef(0)
  const lastExtend = useRef(0)
  const extending = useRef(false)

  const left = expiresAt - now
  const lapsed = left <= 0 || Boolean(state.lapsed)
  if (left !== spoken.left) setSpoken({ left, text: countdownAnnouncement(spoken.left, left) ?? spoken.text })

  useEffect(() => {
    skew.current = skewOf(serverNow, Date.now())
    lastExtend.current = Date.now()
    const tick = setInterval(() => setNow(Date.now() + skew.current), 1000)
    return () => clearInterval(tick)
  }, [serverNow])

  const extend = useCallback(async () => {
    if (extending.current) return
    extending.current = true
    lastExtend.current = Date.now()
    try {
      const result = await extendAction(id, accessKey)
      skew.current = skewOf(result.serverNow, Date.now())
      // Confirmed in another tab, released, or lapsed: the page shows what it is now.
      if (result.holdExpiresAt) setExpiresAt(Date.parse(result.holdExpiresAt))
      else router.refresh()
    } catch {
      // Offline for a moment: the countdown keeps the last end we know, and the next try may land.
    } finally {
      extending.current = false
    }
  }, [accessKey, extendAction, id, router])

  useEffect(() => {
    if (lapsed) return
    const maybe = () => {
      if (document.visibilityState === 'visible' && Date.now() - lastExtend.current >= EXTEND_EVERY_MS) void extend()
    }
    const timer = setInterval(maybe, 5_000)
    document.addEventListener('visibilitychange', maybe)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', maybe)
    }
  }, [extend, lapsed])

  useEffect(() => {
    // Let the server have the last word (the sweeper may already have closed it).
    if (lapsed) router.refresh()
  }, [lapsed, router])

  const onActivity = () => {
    if (!lapsed && Date.now() - lastExtend.current >= EXTEND_ON_INPUT_GAP_MS) void extend()
  }

  return (
    <div className="flex flex-col gap-6">
      <p role="status" className="sr-only">
        {spoken.text}
      </p>
      {lapsed ? (
        <HoldLapsed retryHref={retryHref} />
      ) : (
        <>
          <div>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">We’re holding it for you</h1>
            <p className="mt-1 text-sm text-muted">Add your details before the timer runs out to reserve it at {storeName}.</p>
          </div>
          <div className="flex items-center gap-3 rounded-xl border border-accent/30 bg-accent-soft px-4 py-3">
            <ClockIcon className="size-6 shrink-0 text-accent" />
            <p className="flex-1 text-sm leading-tight">
              <span className="block font-semibold text-ink">Held for you</span>
              <span className="text-muted">Kept while this page is open</span>
            </p>
            <p className="w-[5ch] text-right text-3xl font-bold text-accent tabular-nums">
              <span className="sr-only">Time left: {spokenCountdown(left)}</span>
              <span aria-hidden="true">{formatCountdown(left)}</span>
            </p>
          </div>
        </>
      )}

      {children}

      {!lapsed && (
        <>
          <form action={formAction} onInput={onActivity} onFocus={onActivity} noValidate className="flex flex-col gap-4" aria-labelledby="contact-heading">
            <h2 id="contact-heading" className="text-lg font-semibold">
              Your details
            </h2>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="key" value={accessKey} />
            <ContactFields state={state} disabled={pending} />
            <button type="submit" disabled={pending} className={buttonClass('primary', 'mt-2 min-h-12 w-full text-base')}>
              {pending ? 'Reserving…' : 'Reserve it'}
            </button>
            <p className="text-center text-sm text-muted">Free — you pay in store when you collect.</p>
          </form>
          <form action={releaseAction} className="-mt-2 border-t border-line pt-2 text-center">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="key" value={accessKey} />
            <button type="submit" className={buttonClass('ghost')}>
              Changed your mind? Release it now
            </button>
          </form>
        </>
      )}
    </div>
  )
}
