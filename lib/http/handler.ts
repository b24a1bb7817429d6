import { z } from 'zod'
import { DomainError } from '../errors'
import { fieldErrors, firstValues } from '../validation'
import { problemResponse } from './problem'

type Ctx<P> = { params: Promise<P> }

export class ValidationFailed extends Error {
  constructor(readonly errors: { name: string; reason: string }[]) {
    super('Validation failed')
  }
}

/** Validates with a zod schema, or throws ValidationFailed carrying RFC 9457 field errors. */
export function parseOr400<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input)
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error))
  return result.data
}

export function searchParamsObject(url: URL): Record<string, string> {
  return firstValues(url.searchParams)
}

// Connection refused/reset, and PostgreSQL's connection and shutdown classes (08xxx, 57P0x).
const UNAVAILABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|08\w{3}|57P0[1-3])$/

/** An outage of the database, as opposed to a bug: the client may retry. */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  if (e.name === 'DatabaseLockedError') return true
  const code = (e as { code?: unknown }).code ?? (e.cause as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && UNAVAILABLE_CODES.test(code)
}

/** Maps every failure to problem+json: domain errors keep their type, nothing leaks as an HTML 500. */
export function apiRoute<P = Record<string, never>>(handler: (req: Request, params: P) => Promise<Response>) {
  return async (req: Request, ctx: Ctx<P>): Promise<Response> => {
    try {
      return await handler(req, await ctx.params)
    } catch (e) {
      if (e instanceof ValidationFailed || e instanceof z.ZodError) {
        return problemResponse(400, 'validation', 'Invalid request', 'One or more parameters are invalid.', {
          errors: e instanceof z.ZodError ? fieldErrors(e) : e.errors,
        })
      }
      if (e instanceof DomainError) return problemResponse(e.status, e.type, e.title, e.message, e.extra)
      if (isDatabaseUnavailable(e)) {
        const res = problemResponse(503, 'unavailable', 'Service unavailable', 'The database is not available right now; try again shortly.')
        res.headers.set('retry-after', '5')
        return res
      }
      console.error('api: unexpected error', req.method, new URL(req.url).pathname, e instanceof Error ? e.stack : e)
      return problemResponse(500, 'internal', 'Internal error', 'Something went wrong on our side; try again.')
    }
  }
}

// Cached answers are shared objects: serialize each one once, not once per request.
const serialized = new WeakMap<object, string>()

function stringify(body: unknown): string {
  if (typeof body !== 'object' || body === null) return JSON.stringify(body)
  let text = serialized.get(body)
  if (text === undefined) {
    text = JSON.stringify(body)
    serialized.set(body, text)
  }
  return text
}

export function json(body: unknown, cacheControl: string, status = 200): Response {
  return new Response(stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': cacheControl },
  })
}

/** Named cache profiles instead of magic numbers at each route. */
export const cacheProfiles = {
  /** Personal or changing state (reservations, staff views): never stored by any cache. */
  private: 'private, no-store',
  /** Catalogue data: changes with merchandising, not by the second. */
  catalog: 'public, max-age=60, s-maxage=300, stale-while-revalidate=600',
  /** Stock moves in real time: a few seconds of reuse at most; live screens use the stream. */
  stock: 'public, max-age=5, stale-while-revalidate=10',
  stores: 'public, max-age=300, stale-while-revalidate=3600',
  document: 'public, max-age=3600',
} as const
