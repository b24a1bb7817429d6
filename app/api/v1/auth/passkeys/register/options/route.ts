import { getDb } from '@/lib/db'
import { registrationOptions, relyingParty } from '@/lib/auth'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'

/** Step 1 of adding a passkey: options (with a 5-minute, single-use challenge) for navigator.credentials.create(). */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  return json(await registrationOptions(db, m, relyingParty(req.headers)), cacheProfiles.private)
})
