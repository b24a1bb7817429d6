import { getDb } from '@/lib/db'
import { currentMember, jsonBody, visitorOf } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { createReservation } from '@/lib/reservations'

/** Reserve for pickup. `Idempotency-Key` makes a retried request return the same reservation. */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const member = await currentMember(req, db)
  const { reservation, replayed } = await createReservation(db, await jsonBody(req), {
    idempotencyKey: req.headers.get('idempotency-key'),
    memberId: member?.memberId,
    visitorId: visitorOf(req),
  })
  const res = json(reservation, cacheProfiles.private, replayed ? 200 : 201)
  res.headers.set('location', `/api/v1/reservations/${reservation.id}`)
  if (replayed) res.headers.set('idempotent-replayed', 'true')
  return res
})
