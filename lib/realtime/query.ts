import { z } from 'zod'
import type { StreamFilter } from './filter'

// Pure: what GET /api/v1/stream accepts.

export const MAX_VARIANTS = 100
export const MAX_STORES = 50

const id = z.string().min(1).max(60).regex(/^[\w.:-]+$/, 'Not an id')

/** A comma-separated list of ids: "a,b,c". */
const idList = (max: number, what: string) =>
  z
    .string()
    .max(max * 61)
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(id).min(1).max(max, `At most ${max} ${what}`))

const eventId = z.string().regex(/^\d{1,15}$/, 'Not an event id').transform(Number)

export const StreamQuery = z
  .object({
    storeId: idList(MAX_STORES, 'stores').optional().describe('Stock of these stores only (comma-separated ids); all stores when absent'),
    variants: idList(MAX_VARIANTS, 'variants').optional().describe(`Stock of these variants only (comma-separated, at most ${MAX_VARIANTS}); all when absent`),
    reservation: id.optional().describe('Also the changes of this reservation; needs its `key`'),
    key: z.string().min(1).max(200).optional().describe('The reservation\'s capability key, from its link (or `Authorization: Bearer`)'),
    scope: z
      .enum(['staff', 'member'])
      .optional()
      .describe("`staff`: also every reservation change of the signed-in staff member's store; `member`: the signed-in member's own points, receipts, wishlist and reservation changes"),
    lastEventId: eventId.optional().describe('Resume after this event id, for clients that reconnect by hand (the Last-Event-ID header wins)'),
  })
export type StreamQuery = z.output<typeof StreamQuery>

/**
 * Where to resume: the Last-Event-ID header (what a browser sends when it reconnects by itself)
 * before the query parameter (what the page rendered, or a client reconnecting by hand).
 */
export function resumeAfter(header: string | null, query: number | undefined): number | undefined | 'invalid' {
  const h = header?.trim()
  if (!h) return query
  return /^\d{1,15}$/.test(h) ? Number(h) : 'invalid'
}

/** The public part of a subscriber's filter; private parts are added only after the caller proves access. */
export function publicFilter(q: StreamQuery): StreamFilter {
  const filter: StreamFilter = {}
  if (q.storeId) filter.storeIds = q.storeId
  if (q.variants) filter.variantIds = q.variants
  return filter
}

/**
 * The whole filter once access is proven: the public part plus the reservations and the staff store
 * the caller may see. A reservation page or a staff screen that named no stock wants its own events,
 * not every sale in the chain: staff get their store's stock, a reservation page none.
 */
export function subscriberFilter(q: StreamQuery, proven: { reservationIds?: string[]; staffStoreIds?: string[]; memberIds?: string[] }): StreamFilter {
  const filter = publicFilter(q)
  if (proven.reservationIds) filter.reservationIds = proven.reservationIds
  if (proven.staffStoreIds) filter.staffStoreIds = proven.staffStoreIds
  if (proven.memberIds) filter.memberIds = proven.memberIds
  if (!filter.storeIds && !filter.variantIds && (filter.reservationIds || filter.staffStoreIds || filter.memberIds)) filter.storeIds = filter.staffStoreIds ?? []
  return filter
}
