import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { listReceipts } from '@/lib/receipts/read'

/** The signed-in member's receipts, newest first. */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  return json(await listReceipts(db, member.memberId), cacheProfiles.private)
})
