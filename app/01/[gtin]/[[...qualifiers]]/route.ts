import { resolveLanding } from '@/lib/catalog/landing'
import { getDb } from '@/lib/db'
import { apiRoute } from '@/lib/http/handler'
import { landingResponse } from '@/lib/http/landing-response'

/**
 * GS1 Digital Link (`/01/{gtin14}`, optionally followed by qualifiers such as `/10/{lot}` or
 * `/21/{serial}`): a QR code on a package, opened by a phone's camera. The product is the GTIN's;
 * lot and serial do not change which page it is.
 */
export const GET = apiRoute<{ gtin: string; qualifiers?: string[] }>(async (req, { gtin }) =>
  landingResponse(await resolveLanding(await getDb(), { gtin, via: 'scan' }), req.headers.get('accept')),
)
