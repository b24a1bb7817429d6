import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400, searchParamsObject } from '@/lib/http/handler'
import { AvailabilityQuery, HandleParams } from '@/lib/http/params'
import { notFound } from '@/lib/http/problem'
import { getAvailability } from '@/lib/inventory'

export const GET = apiRoute<{ handle: string }>(async (req, params) => {
  const { handle } = parseOr400(HandleParams, params)
  const query = parseOr400(AvailabilityQuery, searchParamsObject(new URL(req.url)))
  const availability = await getAvailability(await getDb(), handle, query)
  return availability
    ? json(availability, cacheProfiles.stock)
    : notFound('product', `No product has the handle "${handle}".`)
})
