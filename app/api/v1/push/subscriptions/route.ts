import { newVisitorId, shopperSetCookie, VISITOR_COOKIE, visitorExpiry } from '@/lib/customers'
import { getDb } from '@/lib/db'
import { currentMember, jsonBody, visitorOf } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { subscribe, unsubscribe } from '@/lib/push'

/**
 * This browser's push subscription, with the topics to be told about. Owned by the signed-in
 * member (and the browser's visitor id), else by the visitor id, assigned here on first use.
 */
export const POST = apiRoute(async (req) => {
  const db = await getDb()
  const body = await jsonBody(req)
  const member = await currentMember(req, db)
  const known = visitorOf(req)
  const visitorId = known ?? (member ? null : newVisitorId())
  const { created, subscription } = await subscribe(db, { memberId: member?.memberId ?? null, visitorId }, body)
  const res = json(subscription, cacheProfiles.private, created ? 201 : 200)
  if (visitorId && !known) res.headers.append('set-cookie', shopperSetCookie(VISITOR_COOKIE, visitorId, visitorExpiry()))
  return res
})

/** Stops some topics, or the whole subscription; 204 either way (also when it was not known). */
export const DELETE = apiRoute(async (req) => {
  await unsubscribe(await getDb(), await jsonBody(req))
  return new Response(null, { status: 204, headers: { 'cache-control': cacheProfiles.private } })
})
