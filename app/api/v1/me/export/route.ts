import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute, cacheProfiles } from '@/lib/http/handler'
import { exportMemberData } from '@/lib/privacy'

/** Everything held about the signed-in member, as a JSON download; the request is logged (`?via=privacy-centre` from the privacy centre's button). */
export const GET = apiRoute(async (req) => {
  const db = await getDb()
  const member = await requireMember(req, db)
  const source = new URL(req.url).searchParams.get('via') === 'privacy-centre' ? 'privacy-centre' : 'api'
  const data = await exportMemberData(db, member.memberId, source)
  const day = new Date().toISOString().slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="aisle-my-data-${day}.json"`,
      'cache-control': cacheProfiles.private,
    },
  })
})
