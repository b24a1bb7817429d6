import { getDb } from '@/lib/db'
import { currentStaff } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams } from '@/lib/http/params'
import { collect } from '@/lib/reservations'

/** Staff: handed over at the desk; the held units leave stock. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const db = await getDb()
  return json(await collect(db, await currentStaff(req, db), id), cacheProfiles.private)
})
