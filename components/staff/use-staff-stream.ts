'use client'

import { useEventStream, type StreamState } from '@/components/live/use-event-stream'

export type { StreamState }

/** What the stream says about one change; the desk only needs to know that something changed, and where. */
export type StockChange = { variantId?: string; onHand?: number; reserved?: number; available?: number }

type Handlers = {
  /** A reservation of this store changed (placed, ready, collected, cancelled, flagged). */
  onReservation?: () => void
  /** Stock of this store moved. */
  onStock?: (change: StockChange) => void
  /** Whatever happened while the stream was away must be read again. */
  onResync?: () => void
}

/** The staff member's store, live: `GET /api/v1/stream?scope=staff&storeId=…` (the session cookie adds the store's reservation events). */
export function useStaffStream(storeId: string, handlers: Handlers): StreamState {
  return useEventStream(`/api/v1/stream?scope=staff&storeId=${encodeURIComponent(storeId)}`, {
    on: {
      'reservation.changed': () => handlers.onReservation?.(),
      'stock.changed': (d) => handlers.onStock?.(d as StockChange),
    },
    onResync: handlers.onResync,
  })
}
