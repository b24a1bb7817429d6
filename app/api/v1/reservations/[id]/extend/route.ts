import { getDb } from '@/lib/db'
import { reservationKey } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams } from '@/lib/http/params'
import { extendHold } from '@/lib/reservations'

/** Keeps a cart hold while the shopper is still on the final step (capped). */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  return json(await extendHold(await getDb(), id, reservationKey(req)), cacheProfiles.private)
})
