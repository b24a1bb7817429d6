import { listProducts, ProductQuery } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400, searchParamsObject } from '@/lib/http/handler'

export const GET = apiRoute(async (req) => {
  const query = parseOr400(ProductQuery, searchParamsObject(new URL(req.url)))
  return json(await listProducts(await getDb(), query), cacheProfiles.catalog)
})
