import { getDb } from '@/lib/db'
import { clientIp, requestCode } from '@/lib/auth'
import { jsonBody } from '@/lib/http/bff-auth'
import { cacheProfiles, json } from '@/lib/http/handler'
import { authRoute } from '../http'

/** Mails a sign-in code. 202 with the same body whether or not the address has an account. */
export const POST = authRoute(async (req) => {
  const db = await getDb()
  return json(await requestCode(db, await jsonBody(req), { ip: clientIp(req.headers) }), cacheProfiles.private, 202)
})
