import { getDb } from '@/lib/db'
import { currentStaff, jsonBody } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { TillInput } from '@/lib/wallet/schemas'
import { memberAtTill } from '@/lib/wallet/till'

/** Staff: the member a scanned or typed card code belongs to (name, tier, points, rewards). */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const staff = await currentStaff(req, db)
  const { token } = parseOr400(TillInput, await jsonBody(req))
  return json(await memberAtTill(db, staff, token), cacheProfiles.private)
})
