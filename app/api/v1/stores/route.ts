import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400, searchParamsObject } from '@/lib/http/handler'
import { LatLngQuery } from '@/lib/http/params'
import { listStores } from '@/lib/stores'

export const GET = apiRoute(async (req) => {
  const from = parseOr400(LatLngQuery, searchParamsObject(new URL(req.url)))
  return json(await listStores(await getDb(), from), cacheProfiles.stock)
})
