// The offline queue of wishlist changes, as pure functions over what localStorage holds. Every op is
// idempotent (PUT saves, DELETE removes), so replaying one twice is harmless and only the last
// change per product matters.

export type WishlistOp = { productId: string; saved: boolean; color?: string; at: number }

export const QUEUE_KEY = 'aisle.wishlist-queue.v1'
/** More pending changes than a list can hold are not from a person tapping hearts. */
export const MAX_QUEUED = 200
const ID = /^[\w.:-]{1,60}$/

function isOp(v: unknown): v is WishlistOp {
  if (typeof v !== 'object' || v === null) return false
  const o = v as Record<string, unknown>
  return (
    typeof o.productId === 'string' &&
    ID.test(o.productId) &&
    typeof o.saved === 'boolean' &&
    typeof o.at === 'number' &&
    (o.color === undefined || (typeof o.color === 'string' && ID.test(o.color)))
  )
}

/** Reads the stored queue defensively: storage is user-editable and may hold anything. */
export function parseQueue(stored: string | null): WishlistOp[] {
  if (!stored) return []
  try {
    const v: unknown = JSON.parse(stored)
    return Array.isArray(v) ? v.filter(isOp).slice(-MAX_QUEUED) : []
  } catch {
    return []
  }
}

/**
 * Adds a change at the end. An earlier change to the same product that has not been sent yet is
 * dropped (only the last one counts); one being sent (`inFlight`) stays, since it is already out.
 */
export function enqueue(queue: readonly WishlistOp[], op: WishlistOp, inFlight: WishlistOp | null = null): WishlistOp[] {
  return [...queue.filter((q) => q.productId !== op.productId || (inFlight !== null && sameOp(q, inFlight))), op].slice(-MAX_QUEUED)
}

/** The same change, also when one copy was read back from storage (another tab wrote the queue). */
export const sameOp = (a: WishlistOp, b: WishlistOp) => a.productId === b.productId && a.saved === b.saved && a.at === b.at

/** The queue without `op` (sent). */
export const without = (queue: readonly WishlistOp[], op: WishlistOp) => queue.filter((q) => !sameOp(q, op))

/** What the shopper last asked for this product, if it has not reached the server yet. */
export function pendingFor(queue: readonly WishlistOp[], productId: string): WishlistOp | undefined {
  for (let i = queue.length - 1; i >= 0; i--) if (queue[i].productId === productId) return queue[i]
  return undefined
}

/** How a server answer to a sent op is handled: done, dropped with a message, or kept to retry later. */
export type Outcome = { kind: 'done' } | { kind: 'rejected'; message: string } | { kind: 'retry' }

export function outcomeOf(status: number | 'network'): Outcome {
  if (status === 'network' || status >= 500 || status === 429 || status === 408) return { kind: 'retry' }
  if (status >= 200 && status < 300) return { kind: 'done' }
  if (status === 409) return { kind: 'rejected', message: 'Your wishlist is full. Remove something to save this.' }
  if (status === 404) return { kind: 'rejected', message: 'This product is no longer available to save.' }
  return { kind: 'rejected', message: 'That didn’t save. Please try again.' }
}
