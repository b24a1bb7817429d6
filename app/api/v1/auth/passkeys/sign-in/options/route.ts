import { getDb } from '@/lib/db'
import { authenticationOptions, clientIp, relyingParty } from '@/lib/auth'
import { cacheProfiles, json } from '@/lib/http/handler'
import { authRoute } from '../../../http'

/** Step 1 of signing in with a passkey: options for navigator.credentials.get(), any of this site's passkeys may answer. */
export const POST = authRoute(async (req) => {
  const db = await getDb()
  return json(await authenticationOptions(db, relyingParty(req.headers), { ip: clientIp(req.headers) }), cacheProfiles.private)
})
