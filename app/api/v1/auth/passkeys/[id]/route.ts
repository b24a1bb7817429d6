import { getDb } from '@/lib/db'
import { removePasskey, renamePasskey } from '@/lib/auth'
import { PasskeyParams } from '@/lib/auth/schemas'
import { jsonBody, requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles, json, parseOr400 } from '@/lib/http/handler'

/** Rename one of the member's passkeys. */
export const POST = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(PasskeyParams, params)
  const db = await getDb()
  const m = await requireMember(req, db)
  return json(await renamePasskey(db, m.memberId, id, await jsonBody(req)), cacheProfiles.private)
})

/** Remove one of the member's passkeys. */
export const DELETE = apiRoute<{ id: string }>(async (req, params) => {
  const { id } = parseOr400(PasskeyParams, params)
  const db = await getDb()
  const m = await requireMember(req, db)
  await removePasskey(db, m.memberId, id)
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } })
})
