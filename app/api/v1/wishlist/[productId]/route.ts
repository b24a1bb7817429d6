import { getDb } from '@/lib/db'
import { jsonBody } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { removeItem, saveItem, SaveInput, WishlistParams } from '@/lib/wishlist'
import { readOwner, writeOwner } from '../owner'

/** Save a product (optionally a colour): 201 the first time, 200 when it was already saved. */
export const PUT = apiRoute<{ productId: string }>(async (req, params) => {
  const { productId } = parseOr400(WishlistParams, params)
  const { color } = parseOr400(SaveInput, req.headers.get('content-type') ? await jsonBody(req, 1_024) : {})
  const db = await getDb()
  const { owner, setCookie } = await writeOwner(req, db)
  const result = await saveItem(db, owner, productId, color)
  const res = json(result, cacheProfiles.private, result.created ? 201 : 200)
  if (setCookie) res.headers.append('set-cookie', setCookie)
  return res
})

/** Remove a product; removing one that is not saved is not an error (204 either way). */
export const DELETE = apiRoute<{ productId: string }>(async (req, params) => {
  const { productId } = parseOr400(WishlistParams, params)
  const db = await getDb()
  const owner = await readOwner(req, db)
  if (owner) await removeItem(db, owner, productId)
  return new Response(null, { status: 204, headers: { 'cache-control': cacheProfiles.private } })
})
