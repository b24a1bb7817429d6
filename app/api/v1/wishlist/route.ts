import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json } from '@/lib/http/handler'
import { listWishlist, WISHLIST_LIMIT } from '@/lib/wishlist'
import { readOwner } from './owner'

/** The signed-in member's wishlist, else this browser's (empty before its first save). */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const owner = await readOwner(req, db)
  return json(owner ? await listWishlist(db, owner) : { owner: 'visitor', items: [], limit: WISHLIST_LIMIT }, cacheProfiles.private)
})
