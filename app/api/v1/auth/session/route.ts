import { getDb } from '@/lib/db'
import { MEMBER_COOKIE, revokeSession } from '@/lib/customers'
import { cookieOf, requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { signedOut } from '../http'

/** Who is signed in on this browser. */
export const GET = apiRoute(async (req) => {
  const m = await requireMember(req, await getDb())
  return json({ member: { id: m.memberId, email: m.email, name: m.name, phone: m.phone } }, cacheProfiles.private)
})

/** Sign out this browser: the session is revoked on the server, not just forgotten. */
export const DELETE = apiRoute(async (req) => {
  const token = cookieOf(req, MEMBER_COOKIE)
  if (token) await revokeSession(await getDb(), token)
  return signedOut()
})
