import { cacheProfiles, json } from '@/lib/http/handler'
import { openApiDocument } from '@/lib/http/openapi'

export const dynamic = 'force-static'

export function GET() {
  return json(openApiDocument(), cacheProfiles.document)
}
