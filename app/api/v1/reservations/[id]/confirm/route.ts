import { getDb } from '@/lib/db'
import { jsonBody, reservationKey } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams } from '@/lib/http/params'
import { confirmReservation } from '@/lib/reservations'

/** Contact details turn a cart hold into a placed reservation. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const body = (await jsonBody(req)) as { customer?: unknown }
  return json(await confirmReservation(await getDb(), id, reservationKey(req), body?.customer ?? body), cacheProfiles.private)
})
