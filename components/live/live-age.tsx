'use client'

import type { ReactNode } from 'react'
import { formatAge } from './format-age'
import { useLiveStatus } from './use-live-stock'
import { useNow } from './use-now'

type LiveAgeProps = {
  /** When the page's values were read: the age shown if the feed never came up. */
  asOf: string
  /** Shown until the feed has answered (and without JavaScript): the server's own "updated at". */
  children?: ReactNode
  /** Tell screen readers when updates pause and resume (one per page). */
  announce?: boolean
}

function Estimated({ since }: { since: number }) {
  const now = useNow()
  return (
    <span className="text-warn">
      Estimated{now > 0 && <> · updated {formatAge(now - since)} ago</>}
    </span>
  )
}

/**
 * How fresh the stock on screen is: a quiet "Live" while changes stream in; "Estimated · updated
 * 40 s ago" (ticking) while they do not, the last known values staying on screen.
 */
export function LiveAge({ asOf, children, announce = false }: LiveAgeProps) {
  const { state, lastLiveAt } = useLiveStatus()
  const message = state === 'down' ? 'Live stock updates paused; counts are estimates.' : state === 'live' && lastLiveAt !== null ? 'Live stock updates resumed.' : ''
  return (
    <>
      {state === 'connecting' && children}
      {state === 'live' && (
        // Inline, not flex: the line keeps the height it had while connecting, so nothing below moves.
        <span>
          <span aria-hidden="true" className="mr-1.5 inline-block size-1.5 rounded-full bg-ok align-middle motion-safe:animate-pulse" />
          Live<span className="sr-only"> stock updates</span>
        </span>
      )}
      {state === 'down' && <Estimated since={lastLiveAt ?? Date.parse(asOf)} />}
      {announce && (
        <span aria-live="polite" className="sr-only">
          {message}
        </span>
      )}
    </>
  )
}
