import { apiRoute } from '@/lib/http/handler'
import { cachedBarcodeSvg } from '@/lib/shelf-tags'
import { svgResponse } from '../../svg-response'

// A GTIN's barcode changes only if we change how it is drawn: a week of reuse is safe.
export const GET = apiRoute<{ gtin: string }>(async (_req, { gtin }) =>
  svgResponse(await cachedBarcodeSvg(gtin), 'public, max-age=604800'),
)
