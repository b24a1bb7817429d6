'use client'

import { useEffect, useRef, useState } from 'react'

export type StreamState = 'connecting' | 'live' | 'reconnecting'

/** What the stream says about one change; the desk only needs to know that something changed, and where. */
export type StockChange = { variantId?: string; onHand?: number; reserved?: number; available?: number }

type Handlers = {
  /** A reservation of this store changed (placed, ready, collected, cancelled, flagged). */
  onReservation?: () => void
  /** Stock of this store moved. */
  onStock?: (change: StockChange) => void
  /**
   * The stream (re)opened or said it lost track: whatever happened while it was away must be read
   * again. Also called now and then while it stays down, so the screen is never far behind.
   */
  onResync?: () => void
}

const RETRY_MS = [2_000, 5_000, 10_000, 30_000]
/** While the stream is down, the screen is re-read this often instead. */
const POLL_MS = 20_000

const parse = (data: unknown): StockChange => {
  try {
    return typeof data === 'string' ? (JSON.parse(data) as StockChange) : {}
  } catch {
    return {}
  }
}

/**
 * The staff member's store, live: `GET /api/v1/stream?scope=staff&storeId=…` (the session cookie
 * adds the store's reservation events). The browser's EventSource resumes by itself after a blip;
 * when the server refuses or is away it stays closed, so this reopens it with a growing delay and,
 * meanwhile, asks for a resync every 20 s.
 */
export function useStaffStream(storeId: string, handlers: Handlers): StreamState {
  const [state, setState] = useState<StreamState>('connecting')
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })

  useEffect(() => {
    let source: EventSource | null = null
    let retry: ReturnType<typeof setTimeout> | undefined
    let poll: ReturnType<typeof setInterval> | undefined
    let failures = 0
    let stopped = false

    const down = () => {
      setState('reconnecting')
      poll ??= setInterval(() => ref.current.onResync?.(), POLL_MS)
    }
    const up = () => {
      failures = 0
      clearInterval(poll)
      poll = undefined
      setState('live')
    }
    const open = () => {
      if (stopped) return
      source = new EventSource(`/api/v1/stream?scope=staff&storeId=${encodeURIComponent(storeId)}`)
      source.addEventListener('ready', (e) => {
        const feed = parse((e as MessageEvent).data) as { state?: string }
        if (feed.state === 'reconnecting') down()
        else up()
        ref.current.onResync?.()
      })
      source.addEventListener('health', (e) => ((parse((e as MessageEvent).data) as { state?: string }).state === 'live' ? up() : down()))
      source.addEventListener('reset', () => ref.current.onResync?.())
      source.addEventListener('reservation.changed', () => ref.current.onReservation?.())
      source.addEventListener('stock.changed', (e) => ref.current.onStock?.(parse((e as MessageEvent).data)))
      source.onerror = () => {
        down()
        if (source?.readyState !== EventSource.CLOSED) return
        source = null
        retry = setTimeout(open, RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)])
      }
    }
    open()
    return () => {
      stopped = true
      source?.close()
      clearTimeout(retry)
      clearInterval(poll)
    }
  }, [storeId])

  return state
}
