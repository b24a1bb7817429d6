import { z } from 'zod'

/** RFC 9457 problem details. `type` is a stable identifier clients may switch on. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' })
export type Problem = z.infer<typeof Problem>

export const problemTypeBase = '/problems/'

export function problemResponse(
  status: number,
  type: string,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
): Response {
  const body: Problem = { type: `${problemTypeBase}${type}`, title, status, ...(detail ? { detail } : {}), ...extra }
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
  })
}

export const notFound = (what: string, detail: string, extra: Record<string, unknown> = {}) =>
  problemResponse(404, `${what}-not-found`, `${what[0].toUpperCase()}${what.slice(1)} not found`, detail, extra)
