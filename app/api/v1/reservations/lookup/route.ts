import { getDb } from '@/lib/db'
import { currentStaff, jsonBody } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { LookupInput } from '@/lib/http/params'
import { findForPickup } from '@/lib/reservations'

/** Staff: what was scanned (pickup QR) or typed (pickup code) at the desk → the reservation. */
export const POST = apiRoute(async (req) => {
  const { code } = parseOr400(LookupInput, await jsonBody(req))
  const db = await getDb()
  return json(await findForPickup(db, await currentStaff(req, db), code), cacheProfiles.private)
})
