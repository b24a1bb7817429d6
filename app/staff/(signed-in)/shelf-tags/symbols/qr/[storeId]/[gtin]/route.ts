import { apiRoute, parseOr400 } from '@/lib/http/handler'
import { cachedQrSvg, ShelfTagQuery, shelfTagUrl, symbologyFor } from '@/lib/shelf-tags'
import { siteUrl } from '@/app/site-url'
import { svgResponse } from '../../../svg-response'

const Params = ShelfTagQuery.pick({ storeId: true })

// The URL follows the deployment's origin, so a QR code is kept for a day rather than for good.
export const GET = apiRoute<{ storeId: string; gtin: string }>(async (_req, params) => {
  const { storeId } = parseOr400(Params, params)
  // Only a printable GTIN gets a tag: the URL must lead to a variant.
  symbologyFor(params.gtin)
  return svgResponse(await cachedQrSvg(shelfTagUrl(siteUrl, storeId, params.gtin)), 'public, max-age=86400')
})
