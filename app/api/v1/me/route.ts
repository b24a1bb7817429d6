import { getDb } from '@/lib/db'
import { MEMBER_COOKIE, shopperSetCookie, VISITOR_COOKIE } from '@/lib/customers'
import { jsonBody, requireMember, visitorOf } from '@/lib/http/bff-auth'
import { apiRoute, parseOr400 } from '@/lib/http/handler'
import { confirmsDeletion, DeleteAccountInput, DeletionNotConfirmed, eraseMember } from '@/lib/privacy'

/**
 * Delete the signed-in member's account and personal data, confirmed by typing their email or
 * DELETE. Answers 204 and forgets this browser's session and visitor cookies.
 */
export const DELETE = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  const { confirm } = parseOr400(DeleteAccountInput, await jsonBody(req, 1_024))
  if (!confirmsDeletion(confirm, member.email)) throw new DeletionNotConfirmed()
  await eraseMember(db, member.memberId, { source: 'api', visitorId: visitorOf(req) })
  const res = new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
  res.headers.append('set-cookie', shopperSetCookie(MEMBER_COOKIE, null))
  res.headers.append('set-cookie', shopperSetCookie(VISITOR_COOKIE, null))
  return res
})
