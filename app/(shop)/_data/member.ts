import { cache } from 'react'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { getDb } from '@/lib/db'
import { isVisitorId, MEMBER_COOKIE, memberForSession, newVisitorId, shopperCookieOptions, VISITOR_COOKIE, visitorExpiry } from '@/lib/customers'

/** The signed-in member on this request, or null. Wrapped in cache() so layout and page share one lookup. */
export const getMember = cache(async () => memberForSession(await getDb(), (await cookies()).get(MEMBER_COOKIE)?.value))

/** The signed-in member, or a redirect to sign-in that comes back to `next`. */
export async function requireMember(next: string) {
  const member = await getMember()
  if (!member) redirect(`/account/sign-in?next=${encodeURIComponent(next)}`)
  return member
}

/** This browser's anonymous visitor id, or null when it has none yet. */
export async function getVisitorId(): Promise<string | null> {
  const v = (await cookies()).get(VISITOR_COOKIE)?.value
  return isVisitorId(v) ? v : null
}

/** This browser's visitor id, assigning one (a cookie) on first need. Only in server actions and route handlers. */
export async function ensureVisitorId(): Promise<string> {
  const jar = await cookies()
  const v = jar.get(VISITOR_COOKIE)?.value
  if (isVisitorId(v)) return v
  const id = newVisitorId()
  jar.set(VISITOR_COOKIE, id, shopperCookieOptions(visitorExpiry()))
  return id
}
