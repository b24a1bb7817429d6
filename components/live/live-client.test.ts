import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** Just enough of EventSource to drive the client: the test plays the server. */
class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static all: FakeEventSource[] = []
  readyState = FakeEventSource.CONNECTING
  onerror: (() => void) | null = null
  private listeners = new Map<string, ((e: MessageEvent) => void)[]>()
  constructor(readonly url: string) {
    FakeEventSource.all.push(this)
  }
  addEventListener(type: string, listener: (e: MessageEvent) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.readyState = FakeEventSource.CLOSED
  }
  emit(type: string, data: unknown, id = '') {
    this.readyState = FakeEventSource.OPEN
    const e = { data: JSON.stringify(data), lastEventId: id } as MessageEvent
    for (const l of this.listeners.get(type) ?? []) l(e)
  }
  fail(closed: boolean) {
    this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING
    this.onerror?.()
  }
  get query() {
    return Object.fromEntries(new URL(this.url, 'http://x').searchParams)
  }
}

type Client = typeof import('./live-client')
let client: Client
const latest = () => FakeEventSource.all.at(-1)!
const tick = () => vi.advanceTimersByTimeAsync(0)

beforeEach(async () => {
  vi.useFakeTimers()
  vi.stubGlobal('EventSource', FakeEventSource)
  FakeEventSource.all = []
  vi.resetModules()
  client = await import('./live-client')
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('the page\'s live client', () => {
  it('opens one connection for every subscriber, asking for the union, from the oldest page data', async () => {
    const offA = client.subscribeStock({ variantIds: ['v2', 'v1'], since: 40 })
    const offB = client.subscribeStock({ storeIds: ['s1'], variantIds: ['v3'], since: 35 })
    await tick()
    expect(FakeEventSource.all).toHaveLength(1)
    expect(latest().url.startsWith('/api/v1/stream?')).toBe(true)
    expect(latest().query).toEqual({ variants: 'v1,v2,v3', lastEventId: '35' })
    offA()
    offB()
    await tick()
    expect(latest().readyState).toBe(FakeEventSource.CLOSED)
  })

  it('applies each level\'s newest change, never an older one replayed after it', async () => {
    client.subscribeStock({ variantIds: ['v1'], since: 1 })
    await tick()
    const es = latest()
    expect(client.getStatus().state).toBe('connecting')
    es.emit('ready', { lastEventId: 9, state: 'live' }, '9')
    expect(client.getStatus()).toEqual({ state: 'live', lastLiveAt: null })
    es.emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 3 }, '12')
    es.emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 5 }, '11')
    expect(client.getLevels().get(client.levelKey('s1', 'v1'))).toEqual({ available: 3, eventId: 12 })
    es.emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 0 }, '13')
    expect(client.getLevels().get(client.levelKey('s1', 'v1'))).toEqual({ available: 0, eventId: 13 })
  })

  it('shows the feed as down when the server says so or the connection drops, with when it was last live', async () => {
    client.subscribeStock({ variantIds: ['v1'] })
    await tick()
    latest().emit('ready', { state: 'live' }, '1')
    vi.setSystemTime(50_000)
    latest().emit('health', { state: 'reconnecting' })
    expect(client.getStatus()).toEqual({ state: 'down', lastLiveAt: 50_000 })
    latest().emit('health', { state: 'live' })
    vi.setSystemTime(60_000)
    // The browser retries by itself (still CONNECTING): same connection, shown as down meanwhile.
    latest().fail(false)
    expect(client.getStatus()).toEqual({ state: 'down', lastLiveAt: 60_000 })
    expect(FakeEventSource.all).toHaveLength(1)
  })

  it('reopens by hand, from the last event it had, when the server refuses', async () => {
    client.subscribeStock({ variantIds: ['v1'], since: 5 })
    await tick()
    latest().emit('ready', { state: 'live' }, '20')
    latest().emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 1 }, '21')
    latest().fail(true)
    expect(client.getStatus().state).toBe('down')
    await vi.advanceTimersByTimeAsync(999)
    expect(FakeEventSource.all).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(FakeEventSource.all).toHaveLength(2)
    expect(latest().query.lastEventId).toBe('21')
    // Refused again: it waits longer.
    latest().fail(true)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(FakeEventSource.all).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(FakeEventSource.all).toHaveLength(3)
  })

  it('says down when no answer comes in time', async () => {
    client.subscribeStock({ variantIds: ['v1'] })
    await tick()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(client.getStatus().state).toBe('down')
  })

  it('forgets every level and asks the page to refetch on reset', async () => {
    const onReset = vi.fn()
    client.subscribeStock({ variantIds: ['v1'], onReset })
    await tick()
    latest().emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 1 }, '3')
    latest().emit('reset', { reason: 'gap-too-large' })
    expect(client.getLevels().size).toBe(0)
    expect(onReset).toHaveBeenCalledOnce()
  })

  it('reopens for a newcomer that needs more, and forgets levels no longer covered', async () => {
    const first = client.subscribeStock({ storeIds: ['s1'], variantIds: ['v1'], since: 10 })
    await tick()
    latest().emit('ready', { state: 'live' }, '30')
    latest().emit('stock.changed', { storeId: 's1', variantId: 'v1', available: 4 }, '31')
    // Same filter, newer data: nothing to do.
    const same = client.subscribeStock({ storeIds: ['s1'], variantIds: ['v1'], since: 31 })
    await tick()
    expect(FakeEventSource.all).toHaveLength(1)
    // More variants: one new connection, resuming from what this page already has.
    client.subscribeStock({ storeIds: ['s1'], variantIds: ['v2'], since: 32 })
    await tick()
    expect(FakeEventSource.all).toHaveLength(2)
    expect(latest().query).toEqual({ storeId: 's1', variants: 'v1,v2', lastEventId: '31' })
    expect(client.getLevels().size).toBe(1)
    // Nobody shows v1 any more: its level would go stale, so it goes.
    first()
    same()
    await tick()
    expect(FakeEventSource.all).toHaveLength(3)
    expect(latest().query.variants).toBe('v2')
    expect(client.getLevels().size).toBe(0)
  })
})
