// Pure (no database, no Node): the browser's live client uses the same matcher as the server.

export const STOCK_CHANGED = 'stock.changed'
export const RESERVATION_CHANGED = 'reservation.changed'
/** A member's own events: they go to that member's signed-in stream and nowhere else. */
export const MEMBER_EVENTS = ['loyalty.changed', 'wishlist.changed', 'receipt.created', 'member.changed'] as const

/** One outbox row as the fan-out carries it. */
export type LiveEvent = {
  id: number
  type: string
  storeId: string | null
  payload: Record<string, unknown>
  createdAt: string
}

/**
 * What one subscriber wants. Stock is public: an absent list means "any". Reservation events are
 * private: they match only a reservation the subscriber proved it may read, or a store whose staff
 * is signed in, and never by `storeIds` alone.
 */
export type StreamFilter = {
  storeIds?: string[]
  variantIds?: string[]
  reservationIds?: string[]
  staffStoreIds?: string[]
  memberIds?: string[]
}

const within = (list: string[] | undefined, value: unknown) => list === undefined || (typeof value === 'string' && list.includes(value))
const listed = (list: string[] | undefined, value: unknown) => list !== undefined && typeof value === 'string' && list.includes(value)

export function matches(filter: StreamFilter, event: Pick<LiveEvent, 'type' | 'storeId' | 'payload'>): boolean {
  switch (event.type) {
    case STOCK_CHANGED:
      return within(filter.storeIds, event.storeId) && within(filter.variantIds, event.payload.variantId)
    case RESERVATION_CHANGED:
      return (
        listed(filter.reservationIds, event.payload.reservationId) || listed(filter.staffStoreIds, event.storeId) || listed(filter.memberIds, event.payload.memberId)
      )
    case 'loyalty.changed':
    case 'wishlist.changed':
    case 'receipt.created':
    case 'member.changed':
      return listed(filter.memberIds, event.payload.memberId)
    default:
      // An event type this code does not know may carry anything: nobody gets it until it is listed here.
      return false
  }
}

const unionOf = (lists: (string[] | undefined)[]): string[] | undefined =>
  lists.some((l) => l === undefined) ? undefined : [...new Set(lists.flatMap((l) => l ?? []))].sort()

const unionOfListed = (lists: (string[] | undefined)[]): string[] | undefined => {
  const all = [...new Set(lists.flatMap((l) => l ?? []))].sort()
  return all.length > 0 ? all : undefined
}

/**
 * One filter that lets through everything any of `filters` lets through (and possibly more: each
 * subscriber matches again on its own filter). For one connection shared by a page's subscribers.
 */
export function unionFilter(filters: StreamFilter[]): StreamFilter {
  const union: StreamFilter = {}
  const storeIds = unionOf(filters.map((f) => f.storeIds))
  const variantIds = unionOf(filters.map((f) => f.variantIds))
  const reservationIds = unionOfListed(filters.map((f) => f.reservationIds))
  const staffStoreIds = unionOfListed(filters.map((f) => f.staffStoreIds))
  const memberIds = unionOfListed(filters.map((f) => f.memberIds))
  if (storeIds) union.storeIds = storeIds
  if (variantIds) union.variantIds = variantIds
  if (reservationIds) union.reservationIds = reservationIds
  if (staffStoreIds) union.staffStoreIds = staffStoreIds
  if (memberIds) union.memberIds = memberIds
  return union
}
