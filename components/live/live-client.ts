import { matches, STOCK_CHANGED, unionFilter, type StreamFilter } from '@/lib/realtime/filter'

// One EventSource per page, shared by every live component on it: each subscribes with what it
// shows, the connection asks for the union, and each reads back only its own levels. The browser
// reconnects by itself with Last-Event-ID; when the server refuses outright, we reopen by hand.

/** `live`: changes arrive as they commit. `down`: what is shown is the last known value. */
export type FeedState = 'connecting' | 'live' | 'down'
export type FeedStatus = { state: FeedState; /** When the feed was last known live (ms); null if never. */ lastLiveAt: number | null }

export type StockSubscription = {
  /** Absent: every store. */
  storeIds?: string[]
  variantIds: string[]
  /** Replay changes after this event id: the point the page's own data was read at. */
  since?: number
  /** The gap could not be replayed: the page must refetch. */
  onReset?: () => void
}

export type Level = { available: number; eventId: number }
export type Levels = ReadonlyMap<string, Level>

const STREAM_PATH = '/api/v1/stream'
const MAX_VARIANTS = 100
const MAX_STORES = 50
const CONNECT_TIMEOUT_MS = 5_000
const REOPEN_MS = [1_000, 2_000, 5_000, 10_000, 30_000]

export const levelKey = (storeId: string, variantId: string) => `${storeId}|${variantId}`

const subs = new Set<StockSubscription>()
let levels: Levels = new Map()
let status: FeedStatus = { state: 'connecting', lastLiveAt: null }
const levelListeners = new Set<() => void>()
const statusListeners = new Set<() => void>()

let source: EventSource | null = null
let sourceKey = ''
/** The cursor the current connection started from. */
let startedFrom = Infinity
/** The newest id this page has been sent (with an event; a heartbeat's id is the browser's own business). */
let lastEventId: number | undefined
/** The lowest `since` of subscriptions that joined after the connection was opened. */
let joinedSince = Infinity
let reconcileTimer: ReturnType<typeof setTimeout> | undefined
let reopenTimer: ReturnType<typeof setTimeout> | undefined
let connectTimer: ReturnType<typeof setTimeout> | undefined
let failures = 0

const notify = (listeners: Set<() => void>) => listeners.forEach((l) => l())

function setState(state: FeedState) {
  if (state === status.state) return
  const lastLiveAt = status.state === 'live' ? Date.now() : status.lastLiveAt
  status = { state, lastLiveAt }
  notify(statusListeners)
}

function setLevels(next: Levels) {
  levels = next
  notify(levelListeners)
}

/** The connection's filter: the union, widened to "any" rather than past what the server accepts. */
function connectionFilter(): StreamFilter {
  const union = unionFilter([...subs].map((s) => ({ storeIds: s.storeIds, variantIds: s.variantIds })))
  if ((union.variantIds?.length ?? 0) > MAX_VARIANTS) delete union.variantIds
  if ((union.storeIds?.length ?? 0) > MAX_STORES) delete union.storeIds
  return union
}

function streamUrl(filter: StreamFilter, after: number): string {
  const q = new URLSearchParams()
  if (filter.storeIds) q.set('storeId', filter.storeIds.join(','))
  if (filter.variantIds) q.set('variants', filter.variantIds.join(','))
  if (Number.isFinite(after)) q.set('lastEventId', String(after))
  return `${STREAM_PATH}?${q}`
}

const covers = (filter: StreamFilter, key: string) => {
  const [storeId, variantId] = key.split('|')
  return matches(filter, { type: STOCK_CHANGED, storeId, payload: { variantId } })
}

function noteId(e: MessageEvent) {
  if (e.lastEventId !== '' && /^\d+$/.test(e.lastEventId)) lastEventId = Number(e.lastEventId)
}

function close() {
  source?.close()
  source = null
  clearTimeout(reopenTimer)
  reopenTimer = undefined
  clearTimeout(connectTimer)
}

function open(filter: StreamFilter, after: number) {
  close()
  // A level the new connection does not cover would stop updating: forget it, and show the page's own value.
  const kept = new Map([...levels].filter(([key]) => covers(filter, key)))
  if (kept.size !== levels.size) setLevels(kept)
  sourceKey = JSON.stringify(filter)
  startedFrom = after
  joinedSince = Infinity
  const es = new EventSource(streamUrl(filter, after))
  source = es
  if (status.state === 'live') setState('connecting')
  connectTimer = setTimeout(() => {
    if (status.state === 'connecting') setState('down')
  }, CONNECT_TIMEOUT_MS)

  es.addEventListener('ready', (e) => {
    noteId(e)
    failures = 0
    clearTimeout(connectTimer)
    setState((JSON.parse(e.data) as { state?: string }).state === 'live' ? 'live' : 'down')
  })
  es.addEventListener('health', (e) => {
    setState((JSON.parse(e.data) as { state?: string }).state === 'live' ? 'live' : 'down')
  })
  es.addEventListener(STOCK_CHANGED, (e) => {
    noteId(e)
    const d = JSON.parse(e.data) as { storeId?: unknown; variantId?: unknown; available?: unknown }
    if (typeof d.storeId !== 'string' || typeof d.variantId !== 'string' || typeof d.available !== 'number') return
    const key = levelKey(d.storeId, d.variantId)
    const eventId = Number(e.lastEventId)
    // Changes to one level carry increasing ids: a replayed older one must not undo a newer one.
    if ((levels.get(key)?.eventId ?? -1) >= eventId) return
    setLevels(new Map(levels).set(key, { available: Math.max(0, d.available), eventId }))
  })
  es.addEventListener('reset', (e) => {
    noteId(e)
    setLevels(new Map())
    subs.forEach((s) => s.onReset?.())
  })
  es.onerror = () => {
    if (status.state === 'live') setState('down')
    if (es.readyState !== EventSource.CLOSED) return
    // Refused (a 4xx/5xx, or not an event stream): the browser will not retry; we do, more slowly each time.
    if (source === es) source = null
    setState('down')
    const delay = REOPEN_MS[Math.min(failures++, REOPEN_MS.length - 1)]
    clearTimeout(reopenTimer)
    reopenTimer = setTimeout(() => {
      reopenTimer = undefined
      if (subs.size > 0 && !source) open(connectionFilter(), Math.min(lastEventId ?? startedFrom, joinedSince))
    }, delay)
  }
}

/** Opens, reopens or closes the connection to match the subscriptions (once per burst of changes). */
function reconcile() {
  reconcileTimer = undefined
  if (subs.size === 0) {
    close()
    sourceKey = ''
    setLevels(new Map())
    setState('connecting')
    return
  }
  const filter = connectionFilter()
  const sameFilter = JSON.stringify(filter) === sourceKey
  if ((source || reopenTimer) && sameFilter && joinedSince >= startedFrom) return
  // Resume from where this page already is, or earlier when a newcomer's data is older.
  open(filter, Math.min(lastEventId ?? startedFrom, joinedSince))
}

function scheduleReconcile() {
  reconcileTimer ??= setTimeout(reconcile, 0)
}

export function subscribeStock(sub: StockSubscription): () => void {
  subs.add(sub)
  if (sub.since !== undefined) joinedSince = Math.min(joinedSince, sub.since)
  scheduleReconcile()
  return () => {
    subs.delete(sub)
    scheduleReconcile()
  }
}

export const subscribeLevels = (listener: () => void) => (levelListeners.add(listener), () => void levelListeners.delete(listener))
export const getLevels = (): Levels => levels
export const subscribeStatus = (listener: () => void) => (statusListeners.add(listener), () => void statusListeners.delete(listener))
export const getStatus = (): FeedStatus => status
