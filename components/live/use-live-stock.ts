'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { getLevels, getStatus, levelKey, subscribeLevels, subscribeStatus, subscribeStock, type FeedStatus, type Levels } from './live-client'

const noLevels: Levels = new Map()
const serverStatus: FeedStatus = { state: 'connecting', lastLiveAt: null }

// Every live component on the page hears a reset at once: refresh the page once, not once each.
let refreshQueued = false
const refreshOnce = (refresh: () => void) => {
  if (refreshQueued) return
  refreshQueued = true
  queueMicrotask(() => {
    refreshQueued = false
    refresh()
  })
}

/** The page's live feed: connecting, live, or down since `lastLiveAt`. */
export function useLiveStatus(): FeedStatus {
  return useSyncExternalStore(subscribeStatus, getStatus, () => serverStatus)
}

export type LiveStock = FeedStatus & {
  connected: boolean
  /** What is available now: the newest streamed level, else the value the page was rendered with. */
  availableAt: (storeId: string, variantId: string, initial: number) => number
}

/**
 * Live stock of `variantIds` in `storeIds` (every store when absent). `since` is the event id the
 * page's data was read at: changes after it are replayed, so none made while the page loaded is
 * missed. When the gap cannot be replayed the page is refreshed.
 */
export function useLiveStock(storeIds: string[] | undefined, variantIds: string[], since?: number): LiveStock {
  const router = useRouter()
  const stores = storeIds?.join(',')
  const variants = variantIds.join(',')
  useEffect(() => {
    if (!variants) return
    return subscribeStock({ storeIds: stores?.split(','), variantIds: variants.split(','), since, onReset: () => refreshOnce(router.refresh) })
  }, [stores, variants, since, router])
  const levels = useSyncExternalStore(subscribeLevels, getLevels, () => noLevels)
  const status = useLiveStatus()
  return useMemo(
    () => ({
      ...status,
      connected: status.state === 'live',
      availableAt: (storeId: string, variantId: string, initial: number) => levels.get(levelKey(storeId, variantId))?.available ?? initial,
    }),
    [levels, status],
  )
}
