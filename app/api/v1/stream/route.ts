import { getDbHandle } from '@/lib/db'
import { currentStaff, requireMember, reservationKey } from '@/lib/http/bff-auth'
import { apiRoute, parseOr400, searchParamsObject, ValidationFailed } from '@/lib/http/handler'
import { getHub, openEventStream } from '@/lib/realtime'
import { resumeAfter, StreamQuery, subscriberFilter } from '@/lib/realtime/query'
import { canReadReservation } from '@/lib/reservations/access'
import { ReservationNotFound } from '@/lib/reservations'
import { authorize } from '@/lib/staff/roles'

/**
 * Server-Sent Events: stock changes of the given stores and variants as they commit, plus the
 * changes of a reservation its owner holds the key to, of a signed-in staff member's store, or of
 * the signed-in member (their points, receipts, wishlist and reservations).
 */
export const GET = apiRoute(async (req) => {
  const query = parseOr400(StreamQuery, searchParamsObject(new URL(req.url)))
  const resume = resumeAfter(req.headers.get('last-event-id'), query.lastEventId)
  if (resume === 'invalid') throw new ValidationFailed([{ name: 'Last-Event-ID', reason: 'Not an event id' }])
  const { db } = await getDbHandle()
  const proven: { reservationIds?: string[]; staffStoreIds?: string[]; memberIds?: string[] } = {}
  if (query.reservation) {
    // Someone else's reservation and no reservation look the same from outside.
    if (!(await canReadReservation(db, query.reservation, reservationKey(req)))) throw new ReservationNotFound()
    proven.reservationIds = [query.reservation]
  }
  if (query.scope === 'staff') proven.staffStoreIds = [authorize(await currentStaff(req, db), 'reservations:read').storeId]
  if (query.scope === 'member') proven.memberIds = [(await requireMember(req, db)).memberId]
  const filter = subscriberFilter(query, proven)
  const body = await openEventStream({ db, hub: await getHub(), filter, resumeAfter: resume, signal: req.signal })
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: Next's gzip (and any proxy that honours it) must not buffer the stream.
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  })
})
