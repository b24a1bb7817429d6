import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { StoreParams } from '@/lib/http/params'
import { notFound } from '@/lib/http/problem'
import { getStore } from '@/lib/stores'

export const GET = apiRoute<{ id: string }>(async (_req, params) => {
  const { id } = parseOr400(StoreParams, params)
  const store = await getStore(await getDb(), id)
  return store ? json(store, cacheProfiles.stock) : notFound('store', `No store has the id "${id}".`)
})
