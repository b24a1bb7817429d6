import { getDb } from '@/lib/db'
import { relyingParty, signInWithPasskey } from '@/lib/auth'
import { jsonBody } from '@/lib/http/bff-auth'
import { authRoute, signedIn, signInContext } from '../../http'

/** Step 2: the passkey's signature → the session cookie; this browser's visitor data joins the account. */
export const POST = authRoute(async (req) => {
  const db = await getDb()
  return signedIn(await signInWithPasskey(db, await jsonBody(req, 65_536), relyingParty(req.headers), signInContext(req)))
})
