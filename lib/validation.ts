import type { z } from 'zod'

export type FieldError = { name: string; reason: string }

/** zod issues as RFC 9457 field errors. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ name: i.path.join('.') || '(root)', reason: i.message }))
}
