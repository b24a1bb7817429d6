import { cacheProfiles, json } from '@/lib/http/handler'
import { openApiDocument } from '@/lib/http/openapi'

// Built on the first request, not prerendered: at build time a worker that also prerendered pages
// holds a second copy of the shared zod schemas, and zod refuses two schemas with one id.
export const dynamic = 'force-dynamic'

let document: Record<string, unknown> | undefined

export function GET() {
  document ??= openApiDocument()
  return json(document, cacheProfiles.document)
}
