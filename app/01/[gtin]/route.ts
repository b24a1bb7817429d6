import { resolveLanding } from '@/lib/catalog/landing'
import { getDb } from '@/lib/db'
import { apiRoute } from '@/lib/http/handler'
import { landingResponse } from '@/lib/http/landing-response'

/** GS1 Digital Link (`/01/{gtin14}`): a QR code on a package, opened by a phone's camera. */
export const GET = apiRoute<{ gtin: string }>(async (req, { gtin }) =>
  landingResponse(await resolveLanding(await getDb(), { gtin, via: 'scan' }), req.headers.get('accept')),
)
