import { getDb } from '@/lib/db'
import { jsonBody, requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { getConsents, setConsents } from '@/lib/privacy'

/** The signed-in member's consent choices and their log. */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  return json(await getConsents(db, member.memberId), cacheProfiles.private)
})

/** Change one or more choices (`{ "marketing_email": true }`); each real change is logged with source `api`. */
export const PUT = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  return json(await setConsents(db, member.memberId, await jsonBody(req, 1_024), 'api'), cacheProfiles.private)
})
