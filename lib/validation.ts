import type { z } from 'zod'

export type FieldError = { name: string; reason: string }

/** zod issues as RFC 9457 field errors. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ name: i.path.join('.') || '(root)', reason: i.message }))
}

/** Query parameters as one value each: the first of a repeated name wins, empty values are absent. */
export function firstValues(params: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {}
  const entries = params instanceof URLSearchParams ? [...params] : Object.entries(params)
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? v[0] : v
    if (!(k in flat) && value !== undefined && value !== '') flat[k] = value
  }
  return flat
}
