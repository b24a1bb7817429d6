// What every sign-in route shares: the request's sign-in context, the session cookie, and 429s with Retry-After.
import { MEMBER_COOKIE, shopperSetCookie } from '@/lib/customers'
import { clientIp, RateLimited, type SignInContext, type SignInResult } from '@/lib/auth'
import { cookieOf, visitorOf } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { problemResponse } from '@/lib/http/problem'

/** Who is signing in from where: the client IP (for limits), the token to rotate, the visitor to merge. */
export const signInContext = (req: Request): SignInContext => ({
  ip: clientIp(req.headers),
  previousToken: cookieOf(req, MEMBER_COOKIE),
  visitorId: visitorOf(req),
})

/** apiRoute, plus the Retry-After header a 429 must carry. */
export function authRoute<P = Record<string, never>>(handler: (req: Request, params: P) => Promise<Response>) {
  return apiRoute<P>(async (req, params) => {
    try {
      return await handler(req, params)
    } catch (e) {
      if (!(e instanceof RateLimited)) throw e
      const res = problemResponse(429, e.type, e.title, e.message, e.extra)
      res.headers.set('retry-after', String(e.retryAfterSeconds))
      return res
    }
  })
}

/** The signed-in answer, setting the session cookie. */
export function signedIn(result: SignInResult): Response {
  const res = json({ member: result.member, expiresAt: result.expiresAt.toISOString(), merged: result.merged }, cacheProfiles.private)
  res.headers.append('set-cookie', shopperSetCookie(MEMBER_COOKIE, result.token, result.expiresAt))
  return res
}

/** A 204 that also forgets the session cookie. */
export const signedOut = () => new Response(null, { status: 204, headers: { 'set-cookie': shopperSetCookie(MEMBER_COOKIE, null), 'cache-control': 'no-store' } })
