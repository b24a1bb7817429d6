import { cacheProfiles } from '@/lib/http/handler'
import { markPng } from '@/lib/wallet/pass-art'

/** Our mark as a PNG, for the Google Wallet loyalty class (Google fetches it by URL). */
export function GET(): Response {
  return new Response(new Uint8Array(markPng(660)), { headers: { 'content-type': 'image/png', 'cache-control': cacheProfiles.document } })
}
