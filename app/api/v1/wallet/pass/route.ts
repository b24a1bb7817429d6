import { siteUrl } from '@/app/site-url'
import { getDb } from '@/lib/db'
import { requireMember } from '@/lib/http/bff-auth'
import { apiRoute } from '@/lib/http/handler'
import { buildApplePass } from '@/lib/wallet/apple-pass'
import { appleConfig } from '@/lib/wallet/pass-config'
import { passContent } from '@/lib/wallet/pass-content'

/** "Add to Apple Wallet": the member card as a signed .pkpass. 404 `wallet-pass-unavailable` when not set up. */
export const GET = apiRoute(async (req) => {
  const config = appleConfig()
  const db = await getDb()
  const member = await requireMember(req, db)
  const pkpass = buildApplePass(config, await passContent(db, member), siteUrl.replace(/\/$/, ''))
  return new Response(new Uint8Array(pkpass), {
    headers: {
      'content-type': 'application/vnd.apple.pkpass',
      'content-disposition': 'attachment; filename="aisle-member.pkpass"',
      'cache-control': 'private, no-store',
    },
  })
})
