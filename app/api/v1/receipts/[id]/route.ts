import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { getReceipt } from '@/lib/receipts/read'
import { ReceiptParams } from '@/lib/receipts/schemas'

/** One of the signed-in member's receipts; anyone else's is 404. */
export const GET = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(ReceiptParams, params)
  const db = await getDb()
  const member = await requireMember(req, db)
  return json(await getReceipt(db, member.memberId, id), cacheProfiles.private)
})
