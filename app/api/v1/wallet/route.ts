import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { getWallet } from '@/lib/wallet/view'

/** The signed-in member's wallet: a freshly signed card code, points, rewards, activity, receipts, pickups. */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  return json(await getWallet(db, member), cacheProfiles.private)
})
