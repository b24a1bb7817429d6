import { getDb } from '@/lib/db'
import { currentStaff } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams } from '@/lib/http/params'
import { markReady } from '@/lib/reservations'

/** Staff: picked and set aside; the shopper is emailed. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const db = await getDb()
  return json(await markReady(db, await currentStaff(req, db), id), cacheProfiles.private)
})
