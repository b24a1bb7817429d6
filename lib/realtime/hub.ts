import type { DbHandle, Listener } from '../db/client'
import { EVENTS_CHANNEL } from '../inventory/ledger'
import { eventsAfter, newestEventId } from './events'
import { matches, type LiveEvent, type StreamFilter } from './filter'

/** `listening`: changes arrive as they commit. `reconnecting`: the LISTEN connection is down; changes are caught up when it is back. */
export type HubHealth = 'idle' | 'connecting' | 'listening' | 'reconnecting'

export type Subscriber = {
  filter: StreamFilter
  onEvent: (event: LiveEvent) => void
  onHealth?: (health: HubHealth) => void
}

export type Subscription = {
  /** Resolves once the hub knows where its live feed starts; rejects when the events table cannot be read. */
  ready: Promise<void>
  close: () => void
}

export type HubOptions = {
  channel?: string
  /** Reconnect backoff: doubles from min to max, with jitter. */
  backoffMs?: { min: number; max: number }
  /** How long a missing id below the newest delivered one is awaited (a transaction still committing). */
  gapTtlMs?: number
  now?: () => number
  log?: (message: string) => void
}

const BATCH = 1000
const MAX_GAPS = 1000
/** Ids delivered are remembered this far back, so a late notification is never delivered twice. */
const DEDUPE_WINDOW = 10_000

/**
 * One LISTEN connection per process, shared by every SSE subscriber. A notification carries an event
 * id; the hub loads what it has not delivered yet (everything after the newest delivered id, plus
 * notified or awaited ids below it: ids are taken at insert, so transactions can commit out of
 * order) and hands each event to the subscribers whose filter matches. When the connection drops
 * it reconnects with backoff and catches up from the events table, so nothing is lost.
 *
 * With no subscribers it keeps listening (one idle connection) but stops loading events; the next
 * subscriber starts from the newest event, and its stream replays what it missed from the table.
 */
export class Hub {
  private readonly channel: string
  private readonly backoff: { min: number; max: number }
  private readonly gapTtlMs: number
  private readonly now: () => number
  private readonly log: (message: string) => void
  private readonly subscribers = new Set<Subscriber>()
  private state: HubHealth = 'idle'
  private listener: Listener | null = null
  private starting: Promise<void> | null = null
  private retryTimer: ReturnType<typeof setTimeout> | null = null
  private attempt = 0
  private closed = false
  /** The newest id delivered (or the newest that existed when delivery began); -1 before that. */
  private lastSeen = -1
  private synced: Promise<void> | null = null
  private readonly gaps = new Map<number, number>()
  private readonly notified = new Set<number>()
  private readonly delivered = new Set<number>()
  private flushing: Promise<void> | null = null
  private dirty = false

  constructor(
    private readonly handle: Pick<DbHandle, 'db' | 'listen'>,
    options: HubOptions = {},
  ) {
    this.channel = options.channel ?? EVENTS_CHANNEL
    this.backoff = options.backoffMs ?? { min: 250, max: 10_000 }
    this.gapTtlMs = options.gapTtlMs ?? 120_000
    this.now = options.now ?? Date.now
    this.log = options.log ?? ((m) => console.warn(`realtime: ${m}`))
  }

  get health(): HubHealth {
    return this.state
  }

  get isClosed(): boolean {
    return this.closed
  }

  get subscriberCount(): number {
    return this.subscribers.size
  }

  /**
   * The resume point a stream may hand its client: every event at or below it has been delivered,
   * except ids still awaited (a transaction committing late), which keep it below them.
   */
  get watermark(): number {
    let mark = Math.max(this.lastSeen, 0)
    for (const id of this.gaps.keys()) mark = Math.min(mark, id - 1)
    return mark
  }

  subscribe(subscriber: Subscriber): Subscription {
    if (this.closed) throw new Error('The realtime hub is closed')
    this.subscribers.add(subscriber)
    const ready = this.ensureStarted()
    ready.catch(() => {})
    return { ready, close: () => void this.subscribers.delete(subscriber) }
  }

  async close(): Promise<void> {
    this.closed = true
    this.subscribers.clear()
    if (this.retryTimer) clearTimeout(this.retryTimer)
    await this.starting?.catch(() => {})
    await this.listener?.close()
    this.listener = null
    this.setState('idle')
  }

  /** Listening, and the live feed's starting point known (again, after an idle spell). */
  private async ensureStarted(): Promise<void> {
    if (!this.listener && !this.retryTimer) await (this.starting ??= this.start())
    if (this.lastSeen < 0) await (this.synced ??= this.sync())
  }

  private async start(): Promise<void> {
    this.setState(this.attempt === 0 ? 'connecting' : 'reconnecting')
    try {
      // LISTEN first, then read where the feed starts: a change committed in between is notified, not lost.
      this.listener = await this.handle.listen(this.channel, (payload) => this.onNotify(payload), (e) => this.onLost(e))
    } catch (e) {
      // Subscribers still get replays and heartbeats, and hear `reconnecting` until a retry succeeds.
      this.starting = null
      this.scheduleRetry(e)
      return
    }
    this.starting = null
    this.attempt = 0
    this.setState('listening')
    // Back after a loss: whatever committed while nobody listened is in the table.
    if (this.lastSeen >= 0) this.schedule()
  }

  private async sync(): Promise<void> {
    try {
      const newest = await newestEventId(this.handle.db)
      this.lastSeen = Math.max(this.lastSeen, newest)
      this.schedule()
    } finally {
      this.synced = null
    }
  }

  private scheduleRetry(e: unknown) {
    if (this.closed || this.retryTimer) return
    const base = Math.min(this.backoff.max, this.backoff.min * 2 ** this.attempt)
    const delay = base / 2 + Math.random() * (base / 2)
    this.attempt++
    this.log(`LISTEN ${this.channel} unavailable (${e instanceof Error ? e.message : String(e)}); retrying in ${Math.round(delay)} ms`)
    this.setState('reconnecting')
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      if (!this.closed) (this.starting ??= this.start()).catch(() => {})
    }, delay)
  }

  private onLost(e: Error) {
    this.listener = null
    if (this.closed) return
    this.scheduleRetry(e)
  }

  private onNotify(payload: string) {
    const id = Number(payload)
    if (!Number.isSafeInteger(id) || id <= 0) return
    if (this.subscribers.size === 0) {
      // Nobody to deliver to: forget the position; the next subscriber starts from the newest.
      this.lastSeen = -1
      this.gaps.clear()
      this.notified.clear()
      this.delivered.clear()
      return
    }
    this.notified.add(id)
    this.schedule()
  }

  /** Coalesces: notifications arriving in the same tick, or while a load runs, share one query. */
  private schedule() {
    this.dirty = true
    if (this.flushing) return
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.flush())
      .catch((e) => {
        // The events table could not be read: try again, as if the connection had dropped.
        this.log(`loading events failed (${e instanceof Error ? e.message : String(e)})`)
        this.listener?.close().catch(() => {})
        this.onLost(e instanceof Error ? e : new Error(String(e)))
      })
      .finally(() => {
        this.flushing = null
      })
  }

  private async flush() {
    while (this.dirty && !this.closed && this.lastSeen >= 0) {
      this.dirty = false
      this.expireGaps()
      const notified = [...this.notified]
      this.notified.clear()
      const below = [...new Set([...notified, ...this.gaps.keys()])].filter((id) => id <= this.lastSeen)
      let events: LiveEvent[]
      try {
        events = await eventsAfter(this.handle.db, this.lastSeen, below, BATCH)
      } catch (e) {
        for (const id of notified) this.notified.add(id)
        throw e
      }
      // Everyone left while the query ran, and the position was dropped with them.
      if (this.lastSeen < 0) return
      for (const event of events) this.deliver(event)
      if (events.length === BATCH) this.dirty = true
    }
  }

  private deliver(event: LiveEvent) {
    const { id } = event
    if (this.delivered.has(id) || id <= this.lastSeen - DEDUPE_WINDOW) return
    if (id > this.lastSeen) {
      // Ids skipped over may belong to transactions still committing: await them for a while.
      const t = this.now()
      for (let missing = Math.max(this.lastSeen + 1, id - MAX_GAPS); missing < id; missing++) this.gaps.set(missing, t)
      this.lastSeen = id
    }
    this.gaps.delete(id)
    this.delivered.add(id)
    if (this.delivered.size > 2 * DEDUPE_WINDOW) {
      for (const d of this.delivered) if (d <= this.lastSeen - DEDUPE_WINDOW) this.delivered.delete(d)
    }
    for (const s of this.subscribers) {
      if (!matches(s.filter, event)) continue
      try {
        s.onEvent(event)
      } catch (e) {
        this.log(`a subscriber failed (${e instanceof Error ? e.message : String(e)})`)
      }
    }
  }

  private expireGaps() {
    const cutoff = this.now() - this.gapTtlMs
    for (const [id, since] of this.gaps) if (since < cutoff) this.gaps.delete(id)
    if (this.gaps.size > MAX_GAPS) {
      for (const id of [...this.gaps.keys()].sort((a, b) => a - b).slice(0, this.gaps.size - MAX_GAPS)) this.gaps.delete(id)
    }
  }

  private setState(state: HubHealth) {
    if (state === this.state) return
    this.state = state
    for (const s of this.subscribers) s.onHealth?.(state)
  }
}
