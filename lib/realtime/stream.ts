import type { Db } from '../db/client'
import { matchingEvents, newestEventId } from './events'
import type { LiveEvent, StreamFilter } from './filter'
import type { Hub, HubHealth } from './hub'
import { eventFrame, sseFrame, sseRetry } from './sse'

export type EventStreamOptions = {
  db: Db
  hub: Hub
  filter: StreamFilter
  /** Replay matching events after this id (the client's Last-Event-ID). */
  resumeAfter?: number
  signal?: AbortSignal
  heartbeatMs?: number
  retryMs?: number
  /** At most this many events are replayed; a longer gap gets `reset` (refetch) instead. */
  replayCap?: number
  /** A gap spanning more ids than this is not even scanned: `reset`. */
  scanWindow?: number
}

/** What a client is told about the feed behind its connection. */
export type FeedState = 'live' | 'reconnecting'
const feedState = (h: HubHealth): FeedState => (h === 'listening' ? 'live' : 'reconnecting')

/** Frames waiting for a reader beyond this many: the client is not keeping up; close, it resumes by Last-Event-ID. */
const MAX_QUEUED = 1000

/**
 * An SSE body for one subscriber: `retry`, the replay after `resumeAfter` (or `reset` when the gap
 * is too large to replay), `ready` with the resume point, then live events, `health` changes and a
 * heartbeat. Subscribes before replaying, so nothing committed in between falls through; events
 * seen twice (replayed, then delivered live) are sent once. Rejects, leaving no subscription behind,
 * when the events table cannot be read.
 */
export async function openEventStream(o: EventStreamOptions): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder()
  // Until the replay is written, live events wait here; then they go straight to the reader.
  const pending: LiveEvent[] = []
  let write: ((frame: string) => void) | null = null
  const replayed = new Set<number>()
  const live = (e: LiveEvent) => {
    if (!replayed.has(e.id)) write?.(eventFrame(e))
  }
  const subscription = o.hub.subscribe({
    filter: o.filter,
    onEvent: (e) => (write ? live(e) : pending.push(e)),
    // Changes before `ready` need no frame of their own: `ready` carries the state as it then is.
    onHealth: (h) => write?.(sseFrame({ event: 'health', data: { state: feedState(h) } })),
  })

  const head: string[] = [sseRetry(o.retryMs ?? 3000)]
  let cursor: number
  try {
    await subscription.ready
    const newest = await newestEventId(o.db)
    const after = o.resumeAfter
    if (after !== undefined) {
      const cap = o.replayCap ?? 1000
      const tooFar = after > newest || newest - after > (o.scanWindow ?? 20_000)
      const events = tooFar ? [] : await matchingEvents(o.db, o.filter, after, newest, cap + 1)
      if (tooFar || events.length > cap) {
        head.push(sseFrame({ event: 'reset', data: { reason: after > newest ? 'unknown-event-id' : 'gap-too-large' } }))
      } else {
        for (const e of events) {
          replayed.add(e.id)
          head.push(eventFrame(e))
        }
      }
    }
    // Everything up to here reached this client or did not match, except ids still committing.
    cursor = Math.min(newest, o.hub.watermark)
    head.push(sseFrame({ id: cursor, event: 'ready', data: { lastEventId: newest, state: feedState(o.hub.health) } }))
  } catch (e) {
    subscription.close()
    throw e
  }

  let heartbeat: ReturnType<typeof setInterval> | undefined
  let done = false
  const stop = () => {
    if (done) return
    done = true
    write = null
    clearInterval(heartbeat)
    subscription.close()
    o.signal?.removeEventListener('abort', onAbort)
  }
  let close = () => {}
  const onAbort = () => close()

  return new ReadableStream<Uint8Array>({
    start(controller) {
      close = () => {
        stop()
        try {
          controller.close()
        } catch {
          // Already closed or errored by the reader going away.
        }
      }
      write = (frame) => {
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED) return close()
        controller.enqueue(encoder.encode(frame))
      }
      for (const frame of head) write?.(frame)
      for (const e of pending.splice(0)) live(e)
      // The comment keeps idle proxies from closing the connection; the id moves the browser's
      // resume point along with the hub, so a quiet stream does not replay a long history on reconnect.
      heartbeat = setInterval(() => {
        cursor = Math.max(cursor, o.hub.watermark)
        write?.(sseFrame({ comment: 'hb', id: cursor }))
      }, o.heartbeatMs ?? 15_000)
      if (o.signal?.aborted) close()
      else o.signal?.addEventListener('abort', onAbort, { once: true })
    },
    cancel() {
      stop()
    },
  })
}
