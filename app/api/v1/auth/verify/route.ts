import { getDb } from '@/lib/db'
import { signInWithCode } from '@/lib/auth'
import { jsonBody } from '@/lib/http/bff-auth'
import { authRoute, signedIn, signInContext } from '../http'

/** Email + code → the session cookie; this browser's visitor data joins the account. */
export const POST = authRoute(async (req) => {
  const db = await getDb()
  return signedIn(await signInWithCode(db, await jsonBody(req), signInContext(req)))
})
