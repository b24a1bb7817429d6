import { cookies } from 'next/headers'
import { resolveLanding } from '@/lib/catalog/landing'
import { getDb } from '@/lib/db'
import { apiRoute } from '@/lib/http/handler'
import { landingResponse } from '@/lib/http/landing-response'
import { MY_STORE_COOKIE, myStoreCookieOptions } from '@/lib/stores/my-store-cookie'

/**
 * Our shelf-tag QR codes (`shelfTagPath`): a phone's own camera opens this URL. The tag's store
 * becomes the shopper's store, so the product page opens in in-store mode on the scanned variant.
 */
export const GET = apiRoute<{ storeId: string; gtin: string }>(async (req, { storeId, gtin }) => {
  const landing = await resolveLanding(await getDb(), { gtin, storeRef: storeId, via: 'tag' })
  if (landing.kind !== 'invalid' && landing.storeId) {
    const jar = await cookies()
    jar.set(MY_STORE_COOKIE, landing.storeId, myStoreCookieOptions())
  }
  return landingResponse(landing, req.headers.get('accept'))
})
