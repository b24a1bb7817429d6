import { getDb } from '@/lib/db'
import { registerPasskey, relyingParty } from '@/lib/auth'
import { jsonBody, requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'

/** Step 2 of adding a passkey: the browser's new credential, verified and kept. */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  return json(await registerPasskey(db, m, await jsonBody(req, 65_536), relyingParty(req.headers)), cacheProfiles.private, 201)
})
