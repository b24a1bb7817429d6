import { listReviews } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400, searchParamsObject } from '@/lib/http/handler'
import { HandleParams, ReviewsQuery } from '@/lib/http/params'
import { notFound } from '@/lib/http/problem'

export const GET = apiRoute<{ handle: string }>(async (req, params) => {
  const { handle } = parseOr400(HandleParams, params)
  const query = parseOr400(ReviewsQuery, searchParamsObject(new URL(req.url)))
  const page = await listReviews(await getDb(), handle, query)
  return page ? json(page, cacheProfiles.catalog) : notFound('product', `No product has the handle "${handle}".`)
})
