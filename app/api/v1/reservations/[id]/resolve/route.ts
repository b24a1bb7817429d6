import { getDb } from '@/lib/db'
import { currentStaff, jsonBody } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { ReservationParams, ResolveInput } from '@/lib/http/params'
import { resolveAttention } from '@/lib/reservations'

/** Staff: re-hold an `attention` reservation here, or (managers) transfer the missing units in from another store. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReservationParams, params)
  const body = parseOr400(ResolveInput, req.headers.get('content-type') ? await jsonBody(req) : {})
  const db = await getDb()
  return json(await resolveAttention(db, await currentStaff(req, db), id, body), cacheProfiles.private)
})
