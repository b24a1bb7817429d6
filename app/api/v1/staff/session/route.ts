import { getDb } from '@/lib/db'
import { cookieOf, currentStaff, jsonBody } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { problemResponse } from '@/lib/http/problem'
import { signIn, signOut } from '@/lib/staff/auth'
import { STAFF_COOKIE, staffSetCookie } from '@/lib/staff/session'

/** Staff sign-in: staff id + PIN → the staff session cookie. */
export const POST = apiRoute(async (req) => {
  const { token, expiresAt, staff } = await signIn(await getDb(), await jsonBody(req))
  const res = json({ staff, expiresAt: expiresAt.toISOString() }, cacheProfiles.private, 201)
  res.headers.append('set-cookie', staffSetCookie(token, expiresAt))
  return res
})

/** Who is signed in. */
export const GET = apiRoute(async (req) => {
  const staff = await currentStaff(req, await getDb())
  return staff ? json({ staff }, cacheProfiles.private) : problemResponse(401, 'staff-sign-in-required', 'Staff sign-in required', 'No staff member is signed in.')
})

/** Sign out: the session is revoked on the server, not just forgotten by the browser. */
export const DELETE = apiRoute(async (req) => {
  await signOut(await getDb(), cookieOf(req, STAFF_COOKIE))
  return new Response(null, { status: 204, headers: { 'set-cookie': staffSetCookie(null), 'cache-control': 'no-store' } })
})
