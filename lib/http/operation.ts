// The shape of one documented BFF operation (lib/http/operations.ts lists them; ops/* add a capability's).
import type { z } from 'zod'

export type Operation = {
  path: string
  method?: 'get' | 'post' | 'put' | 'delete'
  summary: string
  operationId: string
  pathParams?: z.ZodObject
  query?: z.ZodType
  body?: z.ZodType
  headers?: { name: string; description: string }[]
  /** Who may call it: a signed-in staff member (staff cookie), the reservation's owner (its link's key) or a signed-in member (session cookie). */
  auth?: ('staff' | 'reservationKey' | 'member')[]
  status?: number
  /** Non-JSON success content (the event stream). */
  contentType?: string
  response: z.ZodType
  errors: number[]
}
