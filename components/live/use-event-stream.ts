'use client'

import { useEffect, useRef, useState } from 'react'

export type StreamState = 'connecting' | 'live' | 'reconnecting'

type Handlers = {
  /** Called with each event's parsed data, by event type. */
  on?: Record<string, (data: Record<string, unknown>) => void>
  /**
   * The stream (re)opened or said it lost track: whatever happened while it was away must be read
   * again. Also called now and then while it stays down, so the screen is never far behind.
   */
  onResync?: () => void
}

const RETRY_MS = [2_000, 5_000, 10_000, 30_000]
/** While the stream is down, the screen is re-read this often instead. */
const POLL_MS = 20_000

const parse = (data: unknown): Record<string, unknown> => {
  try {
    const v: unknown = typeof data === 'string' ? JSON.parse(data) : {}
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/**
 * One private event stream for a screen that re-reads its data when told something changed (a
 * staff desk, the wallet). The browser's EventSource resumes by itself after a blip; when the
 * server refuses or is away it stays closed, so this reopens it with a growing delay and,
 * meanwhile, asks for a resync every 20 s. `url` null: not connected (e.g. signed out).
 */
export function useEventStream(url: string | null, handlers: Handlers): StreamState {
  const [state, setState] = useState<StreamState>('connecting')
  const ref = useRef(handlers)
  useEffect(() => {
    ref.current = handlers
  })
  const types = Object.keys(handlers.on ?? {}).sort().join(',')

  useEffect(() => {
    if (!url) return
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
      source = new EventSource(url)
      source.addEventListener('ready', (e) => {
        if (parse((e as MessageEvent).data).state === 'reconnecting') down()
        else up()
        ref.current.onResync?.()
      })
      source.addEventListener('health', (e) => (parse((e as MessageEvent).data).state === 'live' ? up() : down()))
      source.addEventListener('reset', () => ref.current.onResync?.())
      for (const type of types ? types.split(',') : []) {
        source.addEventListener(type, (e) => ref.current.on?.[type]?.(parse((e as MessageEvent).data)))
      }
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
  }, [url, types])

  return state
}

/** Member events as they commit: points, receipts, wishlist and the member's reservations. */
export const MEMBER_STREAM_URL = '/api/v1/stream?scope=member'
