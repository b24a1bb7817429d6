import { getDb } from '@/lib/db'
import { currentStaff, reservationKey } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams } from '@/lib/http/params'
import { getForStaff, getReservation } from '@/lib/reservations'

/** The owner (with the link's key) or staff of the reservation's store. */
export const GET = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const db = await getDb()
  const key = reservationKey(req)
  const view = key ? await getReservation(db, id, key) : await getForStaff(db, await currentStaff(req, db), id)
  return json(view, cacheProfiles.private)
})
