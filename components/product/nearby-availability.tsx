'use client'

import { useMemo, useRef, useState } from 'react'
import type { Availability } from '@/lib/inventory/schemas'
import { ApiError, fetchAvailability } from '@/lib/api-client'
import { patchAvailability } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'
import { LocateIcon } from '@/components/ui/icons'
import { buttonClass } from '@/components/ui/button-styles'
import { useHydrated } from '@/components/ui/use-hydrated'
import { AvailabilityList } from './availability-list'
import { availabilityRows } from './availability-rows'

type NearbyAvailabilityProps = {
  handle: string
  colorCode: string
  size: string | null
  myStoreId: string | null
  initial: Availability
  /** The event id `initial` was read at: the live feed replays what changed since. */
  since?: number
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'located' } | { kind: 'problem'; message: string }

const PERMISSION_DENIED = 1

const describeLocationError = (error: GeolocationPositionError): string =>
  error.code === PERMISSION_DENIED
    ? 'Location is turned off for this site, so stores are listed as before. You can allow it in your browser settings.'
    : 'We couldn’t find your location, so stores are listed as before.'

const describeFetchError = (error: unknown): string =>
  error instanceof ApiError && error.type === 'timeout'
    ? 'Stock is taking too long to load. Please try again.'
    : 'We couldn’t update stock for your location. Please try again.'

/**
 * Server-rendered stock by store, kept current by the live feed; "Use my location" re-sorts it by
 * distance in the browser.
 */
export function NearbyAvailability({ handle, colorCode, size, myStoreId, initial, since }: NearbyAvailabilityProps) {
  const [located, setLocated] = useState<Availability | null>(null)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const inflight = useRef<AbortController | null>(null)
  const hydrated = useHydrated()
  const variantIds = useMemo(() => [...new Set(initial.stores.flatMap((s) => s.variants.map((v) => v.variantId)))].sort(), [initial])
  const live = useLiveStock(undefined, variantIds, since)

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setStatus({ kind: 'problem', message: 'Your browser can’t share a location. Stores are listed by name.' })
      return
    }
    setStatus({ kind: 'busy' })
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        inflight.current?.abort()
        const controller = new AbortController()
        inflight.current = controller
        try {
          const data = await fetchAvailability(
            handle,
            { lat: position.coords.latitude, lng: position.coords.longitude, storeId: myStoreId ?? undefined },
            controller.signal,
          )
          setLocated(data)
          setStatus({ kind: 'located' })
        } catch (error) {
          if (!controller.signal.aborted) setStatus({ kind: 'problem', message: describeFetchError(error) })
        }
      },
      (error) => setStatus({ kind: 'problem', message: describeLocationError(error) }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 },
    )
  }

  const rows = availabilityRows(patchAvailability(located ?? initial, live.availableAt), colorCode, size, myStoreId)

  return (
    <div>
      <div className="flex min-h-11 flex-wrap items-center gap-3">
        {hydrated && (
        <button type="button" onClick={locate} disabled={status.kind === 'busy'} className={buttonClass('secondary')}>
          <LocateIcon className="size-5" />
          {status.kind === 'busy' ? 'Finding stores near you…' : status.kind === 'located' ? 'Update my location' : 'Use my location'}
        </button>
        )}
      </div>
      <p className="mt-2 min-h-5 text-sm text-muted" role="status">
        {status.kind === 'located' && 'Nearest stores first.'}
        {status.kind === 'problem' && <span className="text-warn">{status.message}</span>}
      </p>
      <AvailabilityList rows={rows} />
    </div>
  )
}
