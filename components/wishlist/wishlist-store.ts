// The page's one wishlist state, shared by every heart and list on it: what the server last said
// (`known`), the changes not yet confirmed (`queue`, kept in localStorage so a change made offline
// survives a reload), and a message per product whose change was refused. Changes are sent in
// order, one at a time; a network failure leaves the queue waiting for the browser to come back
// online (or a retry), a refusal drops the change and the heart falls back to the known state.
import { enqueue, outcomeOf, parseQueue, pendingFor, QUEUE_KEY, without, type WishlistOp } from './queue'

export type WishlistSnapshot = {
  queue: readonly WishlistOp[]
  known: ReadonlyMap<string, boolean>
  errors: ReadonlyMap<string, string>
  /** The head of the queue could not be sent (offline, or the server is away): it waits. */
  waiting: boolean
}

const RETRY_MS = 15_000
const initial: WishlistSnapshot = { queue: [], known: new Map(), errors: new Map(), waiting: false }

let snapshot = initial
let started = false
let flushing = false
let inFlight: WishlistOp | null = null
let retry: ReturnType<typeof setTimeout> | undefined
const listeners = new Set<() => void>()

function set(patch: Partial<WishlistSnapshot>) {
  snapshot = { ...snapshot, ...patch }
  listeners.forEach((l) => l())
}

function persist(queue: readonly WishlistOp[]) {
  try {
    if (queue.length) localStorage.setItem(QUEUE_KEY, JSON.stringify(queue))
    else localStorage.removeItem(QUEUE_KEY)
  } catch {
    // Private mode or full storage: the queue still works for this page's life.
  }
}

function readStored(): WishlistOp[] {
  try {
    return parseQueue(localStorage.getItem(QUEUE_KEY))
  } catch {
    return []
  }
}

function start() {
  if (started || typeof window === 'undefined') return
  started = true
  set({ queue: readStored() })
  window.addEventListener('online', () => void flush())
  // Another tab queued or sent something: take its view of the queue.
  window.addEventListener('storage', (e) => {
    if (e.key === QUEUE_KEY) set({ queue: parseQueue(e.newValue) })
  })
  if (snapshot.queue.length) void flush()
}

export function subscribe(listener: () => void): () => void {
  start()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
export const getSnapshot = () => snapshot
export const getServerSnapshot = () => initial

async function send(op: WishlistOp): Promise<number | 'network'> {
  if (!navigator.onLine) return 'network'
  const url = `/api/v1/wishlist/${encodeURIComponent(op.productId)}`
  try {
    const res = op.saved
      ? await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op.color ? { color: op.color } : {}) })
      : await fetch(url, { method: 'DELETE' })
    return res.status
  } catch {
    return 'network'
  }
}

/** Sends the queue, oldest first, until it is empty or the network fails. */
export async function flush(): Promise<void> {
  if (flushing) return
  flushing = true
  clearTimeout(retry)
  try {
    while (snapshot.queue.length) {
      const op = snapshot.queue[0]
      inFlight = op
      const outcome = outcomeOf(await send(op))
      inFlight = null
      if (outcome.kind === 'retry') {
        set({ waiting: true })
        retry = setTimeout(() => void flush(), RETRY_MS)
        return
      }
      const queue = without(snapshot.queue, op)
      persist(queue)
      const known = new Map(snapshot.known)
      const errors = new Map(snapshot.errors)
      if (outcome.kind === 'done') known.set(op.productId, op.saved)
      // A refusal only matters if nothing newer was asked for the product since.
      else if (!pendingFor(queue, op.productId)) errors.set(op.productId, outcome.message)
      set({ queue, known, errors, waiting: false })
    }
  } finally {
    flushing = false
    inFlight = null
  }
}

/** The shopper saved or removed a product: shown at once, sent when possible. */
export function change(productId: string, saved: boolean, color?: string) {
  start()
  const queue = enqueue(snapshot.queue, { productId, saved, color, at: Date.now() }, inFlight)
  const errors = new Map(snapshot.errors)
  errors.delete(productId)
  persist(queue)
  set({ queue, errors })
  void flush()
}

/** Bumped by everything learnt, so a list read that started earlier cannot undo a newer event. */
let learnt = 0

/** What the server says now (another device's change arrived, or the list was read again). */
export function learn(changes: Iterable<[productId: string, saved: boolean]>) {
  learnt++
  const known = new Map(snapshot.known)
  for (const [productId, saved] of changes) known.set(productId, saved)
  set({ known })
}

/** Re-reads the whole list: every product shown on the page learns whether it is on it. */
export async function resync(productIds: readonly string[]): Promise<void> {
  const startedAt = learnt
  try {
    const res = await fetch('/api/v1/wishlist', { cache: 'no-store' })
    if (!res.ok) return
    const body = (await res.json()) as { items?: { productId?: unknown }[] }
    // An event that arrived while this read was on its way is newer than the read: the read is dropped (the event already said).
    if (learnt !== startedAt) return
    const saved = new Set((body.items ?? []).map((i) => i.productId).filter((id): id is string => typeof id === 'string'))
    learn([...new Set([...productIds, ...snapshot.known.keys(), ...saved])].map((id) => [id, saved.has(id)]))
  } catch {
    // Offline: what is shown stays until the stream or the next change says otherwise.
  }
}
