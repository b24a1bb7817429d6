'use client'

import { useEffect, useState } from 'react'
import { ClockIcon } from '@/components/ui/icons'
import { formatTimeLeft } from './pickup-time'

type PickupDeadlineProps = {
  pickupBy: string
  /** "Mon, Dec 7, 9:00 PM", already in the store's time zone. */
  deadline: string
  serverNow: number
}

/** "2 days 4 h left · pick up by Mon, Dec 7, 9:00 PM", the time left kept current while the page is open. */
export function PickupDeadline({ pickupBy, deadline, serverNow }: PickupDeadlineProps) {
  const end = Date.parse(pickupBy)
  const [now, setNow] = useState(serverNow)
  useEffect(() => {
    const skew = serverNow - Date.now()
    const timer = setInterval(() => setNow(Date.now() + (Math.abs(skew) > 5_000 ? skew : 0)), 30_000)
    return () => clearInterval(timer)
  }, [serverNow])
  const left = end - now
  return (
    <p className="flex items-start gap-2 text-sm">
      <ClockIcon className={`mt-0.5 size-4 shrink-0 ${left < 24 * 3_600_000 ? 'text-warn' : 'text-accent'}`} />
      <span>
        <span className="font-semibold">{formatTimeLeft(left)}</span>
        <span className="text-muted"> · pick up by {deadline}</span>
      </span>
    </p>
  )
}
