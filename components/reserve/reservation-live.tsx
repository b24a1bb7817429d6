'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import type { ReservationStatus } from '@/lib/db/schema'
import { isClosed, statusLabel } from './reservation-status'

type ReservationLiveProps = {
  id: string
  accessKey: string
  status: ReservationStatus
  /** The newest event when the page was read: changes after it are replayed, so none is missed. */
  since: number
  /** Narrows the stream's stock events to this reservation's own (the page listens for none). */
  storeId: string
  variantIds: string[]
}

type Connection = 'connecting' | 'live' | 'paused'

const REOPEN_MS = [2_000, 5_000, 10_000, 30_000]

const feedState = (e: MessageEvent): Connection => {
  try {
    return (JSON.parse(e.data) as { state?: string }).state === 'live' ? 'live' : 'paused'
  } catch {
    return 'paused'
  }
}

/**
 * Keeps the page current: listens for this reservation's changes on the event stream and
 * re-renders the page when one arrives (ready, collected, cancelled by the store…), announcing the
 * new status politely. A dropped stream says so quietly and reconnects; the page never breaks.
 */
export function ReservationLive({ id, accessKey, status, since, storeId, variantIds }: ReservationLiveProps) {
  const router = useRouter()
  const [connection, setConnection] = useState<Connection>('connecting')
  const [said, setSaid] = useState({ status, text: '' })
  if (said.status !== status) setSaid({ status, text: `Reservation status: ${statusLabel(status)}.` })
  const closed = isClosed(status)
  const variants = variantIds.join(',')

  useEffect(() => {
    if (closed) return
    let source: EventSource | null = null
    let reopen: ReturnType<typeof setTimeout> | undefined
    let failures = 0
    let after = since
    const noteId = (e: MessageEvent) => {
      if (/^\d+$/.test(e.lastEventId)) after = Number(e.lastEventId)
    }
    const connect = () => {
      const query = new URLSearchParams({ reservation: id, key: accessKey, storeId, variants, lastEventId: String(after) })
      const es = new EventSource(`/api/v1/stream?${query}`)
      source = es
      es.addEventListener('ready', (e) => {
        noteId(e)
        failures = 0
        setConnection(feedState(e))
      })
      es.addEventListener('health', (e) => setConnection(feedState(e)))
      es.addEventListener('reservation.changed', (e) => {
        noteId(e)
        router.refresh()
      })
      // Too much happened while away to replay: read the page afresh.
      es.addEventListener('reset', () => router.refresh())
      es.addEventListener('error', () => {
        setConnection('paused')
        // Still CONNECTING: the browser retries by itself, resuming with Last-Event-ID. CLOSED: the
        // server refused; try again here, more slowly each time.
        if (es.readyState !== EventSource.CLOSED) return
        es.close()
        reopen = setTimeout(connect, REOPEN_MS[Math.min(failures++, REOPEN_MS.length - 1)])
      })
    }
    connect()
    return () => {
      clearTimeout(reopen)
      source?.close()
    }
  }, [accessKey, closed, id, router, since, storeId, variants])

  return (
    <>
      <p role="status" className="sr-only">
        {said.text}
      </p>
      {!closed && (
        <p className="flex min-h-5 items-center gap-1.5 text-xs text-muted">
          {connection === 'live' && (
            <>
              <span aria-hidden="true" className="size-2 rounded-full bg-ok" />
              Updates live
            </>
          )}
          {connection === 'paused' && (
            <>
              <span aria-hidden="true" className="size-2 rounded-full bg-line-strong" />
              Live updates paused — reconnecting
            </>
          )}
        </p>
      )}
    </>
  )
}
