import { siteUrl } from '@/app/site-url'
import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute } from '@/lib/http/handler'
import { googleSaveUrl } from '@/lib/wallet/google-pass'
import { googleConfig } from '@/lib/wallet/pass-config'
import { passContent } from '@/lib/wallet/pass-content'

/** "Save to Google Wallet": a redirect to Google's save link (a signed JWT). 404 `wallet-pass-unavailable` when not set up. */
export const GET = apiRoute(async (req) => {
  const config = googleConfig()
  const db = await getDb()
  const member = await requireMember(req, db)
  const url = googleSaveUrl(config, await passContent(db, member), siteUrl.replace(/\/$/, ''))
  return new Response(null, { status: 303, headers: { location: url, 'cache-control': 'private, no-store', 'referrer-policy': 'no-referrer' } })
})
