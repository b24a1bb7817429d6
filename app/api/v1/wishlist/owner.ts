// Whose wishlist a request means: the signed-in member's, else this browser's visitor id.
import { newVisitorId, shopperSetCookie, VISITOR_COOKIE, visitorExpiry } from '@/lib/customers'
import type { Db } from '@/lib/db/client'
import { currentMember, visitorOf } from '@/lib/http/bff-auth'
import type { WishlistOwner } from '@/lib/wishlist'

/** For reading: null when the browser has neither a session nor a visitor id (an empty list). */
export async function readOwner(req: Request, db: Db): Promise<WishlistOwner | null> {
  const member = await currentMember(req, db)
  if (member) return { kind: 'member', memberId: member.memberId }
  const visitorId = visitorOf(req)
  return visitorId ? { kind: 'visitor', visitorId } : null
}

/** For writing: an anonymous browser gets its visitor id on first save; `setCookie` is the header to send it with. */
export async function writeOwner(req: Request, db: Db): Promise<{ owner: WishlistOwner; setCookie: string | null }> {
  const owner = await readOwner(req, db)
  if (owner) return { owner, setCookie: null }
  const visitorId = newVisitorId()
  return { owner: { kind: 'visitor', visitorId }, setCookie: shopperSetCookie(VISITOR_COOKIE, visitorId, visitorExpiry()) }
}
