import { problemResponse } from '@/lib/http/problem'

/** Unknown API paths answer problem+json, never the HTML 404 page. */
function unknownPath(req: Request): Response {
  return problemResponse(404, 'route-not-found', 'Not found', `There is no API at ${new URL(req.url).pathname}.`)
}

export const GET = unknownPath
export const POST = unknownPath
export const PUT = unknownPath
export const PATCH = unknownPath
export const DELETE = unknownPath
