import { findByCode } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'
import { CodeParams } from '@/lib/http/params'
import { notFound } from '@/lib/http/problem'

export const GET = apiRoute<{ code: string }>(async (_req, params) => {
  const { code } = parseOr400(CodeParams, params)
  const match = await findByCode(await getDb(), code)
  return match
    ? json(match, cacheProfiles.catalog)
    : notFound('code', 'We do not carry an item with this code.', { code })
})
