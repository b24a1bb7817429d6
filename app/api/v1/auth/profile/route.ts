import { getDb } from '@/lib/db'
import { updateProfile } from '@/lib/auth'
import { jsonBody, requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'

/** Name and phone; a phone that is another member's is a 409. */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  return json({ member: await updateProfile(db, m.memberId, await jsonBody(req)) }, cacheProfiles.private)
})
