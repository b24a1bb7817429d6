import { getDb } from '@/lib/db'
import { listPasskeys } from '@/lib/auth'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'

/** The member's passkeys. */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  return json(await listPasskeys(db, m.memberId), cacheProfiles.private)
})
