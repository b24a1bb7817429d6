'use client'

import { useSyncExternalStore } from 'react'
import { MEMBER_STREAM_URL, useEventStream } from '@/components/live/use-event-stream'
import { pendingFor } from './queue'
import { change, getServerSnapshot, getSnapshot, learn, resync, subscribe } from './wishlist-store'

export type WishlistItemState = {
  saved: boolean
  /** A change that has not reached the server yet. */
  pending: boolean
  /** …and is waiting for the network (offline): it is sent when the browser is back online. */
  queued: boolean
  error: string | null
  toggle: (color?: string) => void
}

/** One product's place on the wishlist: what the shopper last asked for, else what the server said, else what the page was rendered with. */
export function useWishlistItem(productId: string, initialSaved: boolean): WishlistItemState {
  const snap = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
  const pending = pendingFor(snap.queue, productId)
  const saved = pending?.saved ?? snap.known.get(productId) ?? initialSaved
  return {
    saved,
    pending: !!pending,
    queued: !!pending && snap.waiting,
    error: snap.errors.get(productId) ?? null,
    toggle: (color) => change(productId, !saved, color),
  }
}

/**
 * A signed-in member's other devices change the list too: their `wishlist.changed` events update
 * the hearts here as they happen, and whenever the stream (re)connects the list is read again.
 * Before the member stream exists (or while it is down) this does nothing visible.
 */
export function useWishlistLive(member: boolean, productIds: readonly string[], onChange?: (productId: string, saved: boolean) => void) {
  const ids = productIds.join(',')
  useEventStream(member ? MEMBER_STREAM_URL : null, {
    on: {
      'wishlist.changed': (d) => {
        if (typeof d.productId !== 'string' || typeof d.saved !== 'boolean') return
        learn([[d.productId, d.saved]])
        onChange?.(d.productId, d.saved)
      },
    },
    onResync: () => void resync(ids ? ids.split(',') : []),
  })
}
