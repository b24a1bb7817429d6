'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { LocateIcon } from '@/components/ui/icons'
import { buttonClass } from '@/components/ui/button-styles'
import { useHydrated } from '@/components/ui/use-hydrated'

const PERMISSION_DENIED = 1

/** Re-sorts the store list by distance; the coordinates go into the URL, rounded to ~1 km. */
export function NearestStoresButton({ sorted }: { sorted: boolean }) {
  const hydrated = useHydrated()
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [locating, setLocating] = useState(false)
  const [message, setMessage] = useState<string | null>(null)

  if (!hydrated || !('geolocation' in navigator)) return <div className="min-h-11" />

  const locate = () => {
    setLocating(true)
    setMessage(null)
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false)
        const qs = new URLSearchParams({ lat: coords.latitude.toFixed(2), lng: coords.longitude.toFixed(2) })
        startTransition(() => router.replace(`/stores?${qs}`, { scroll: false }))
      },
      (error) => {
        setLocating(false)
        setMessage(
          error.code === PERMISSION_DENIED
            ? 'Location is turned off for this site, so stores stay in A–Z order.'
            : 'We couldn’t find your location, so stores stay in A–Z order.',
        )
      },
      { timeout: 10_000, maximumAge: 300_000 },
    )
  }

  const busy = locating || pending
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" onClick={locate} disabled={busy} className={buttonClass('secondary')}>
        <LocateIcon className="size-5" />
        {busy ? 'Finding stores near you…' : sorted ? 'Update my location' : 'Sort by distance from me'}
      </button>
      <p role="status" className="text-sm text-warn">
        {message}
      </p>
    </div>
  )
}
