import { getDb } from '@/lib/db'
import { sessionsOf } from '@/lib/auth'
import { revokeAllSessions } from '@/lib/customers'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { signedOut } from '../http'

/** Every browser the member is signed in on. */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  return json(await sessionsOf(db, m.memberId, m.sessionId), cacheProfiles.private)
})

/** Sign out everywhere: every session of the member, this one included. */
export const DELETE = apiRoute(async (req) => {
  const db = await getDb()
  const m = await requireMember(req, db)
  await revokeAllSessions(db, m.memberId)
  return signedOut()
})
