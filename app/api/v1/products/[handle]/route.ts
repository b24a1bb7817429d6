import { getProduct } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { HandleParams } from '@/lib/http/params'
import { notFound } from '@/lib/http/problem'

export const GET = apiRoute<{ handle: string }>(async (_req, params) => {
  const { handle } = parseOr400(HandleParams, params)
  const product = await getProduct(await getDb(), handle)
  return product ? json(product, cacheProfiles.catalog) : notFound('product', `No product has the handle "${handle}".`)
})
