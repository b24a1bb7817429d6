import { z } from 'zod'
import { reservationStatuses } from '../db/schema'

const id = z.string().trim().min(1).max(60)

export const CustomerInput = z
  .object({
    name: z.string().trim().min(1, 'Enter the name the order is for.').max(100),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254)
      .pipe(z.email('Enter an email address like name@example.com.')),
    phone: z
      .string()
      .trim()
      .max(30)
      .regex(/^\+?[\d\s().-]{7,}$/, 'Enter a phone number, or leave it empty.')
      .optional()
      .or(z.literal('').transform(() => undefined)),
  })
  .meta({ id: 'ReservationCustomer' })
export type CustomerInput = z.input<typeof CustomerInput>

export { MAX_LINE_QUANTITY, MAX_LINES } from './policy'
import { MAX_LINE_QUANTITY, MAX_LINES } from './policy'

export const CreateReservationInput = z
  .object({
    storeId: id,
    lines: z
      .array(z.object({ variantId: id, quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY, `At most ${MAX_LINE_QUANTITY} of one item per reservation.`) }))
      .min(1)
      .max(MAX_LINES)
      .refine((lines) => new Set(lines.map((l) => l.variantId)).size === lines.length, 'Each variant appears once; raise its quantity instead.'),
    /** Absent: a short cart hold while the shopper completes the reservation; present: placed at once. */
    customer: CustomerInput.optional(),
  })
  .meta({ id: 'CreateReservationInput' })
export type CreateReservationInput = z.input<typeof CreateReservationInput>

export const IdempotencyKey = z
  .string()
  .trim()
  .min(8, 'An Idempotency-Key is 8 to 100 printable characters.')
  .max(100)
  .regex(/^[\x21-\x7e]+$/, 'An Idempotency-Key is 8 to 100 printable characters.')

export const ReservationLineView = z.object({
  variantId: z.string(),
  sku: z.string(),
  productName: z.string(),
  handle: z.string(),
  colorCode: z.string(),
  colorName: z.string(),
  size: z.string().nullable(),
  image: z.string().nullable(),
  quantity: z.number().int(),
  held: z.number().int(),
  unitPrice: z.object({ amount: z.number().int(), currency: z.string() }),
})

export const ReservationView = z
  .object({
    id: z.string(),
    status: z.enum(reservationStatuses),
    store: z.object({ id: z.string(), slug: z.string(), name: z.string(), address: z.string(), phone: z.string(), timezone: z.string() }),
    lines: z.array(ReservationLineView),
    total: z.object({ amount: z.number().int(), currency: z.string() }),
    pickupCode: z.string().describe('Shown as XXX-XXX; typed at the pickup desk.'),
    pickupToken: z.string().describe('What the pickup QR carries (signed).'),
    holdExpiresAt: z.string().nullable(),
    pickupBy: z.string().nullable(),
    placedAt: z.string().nullable(),
    readyAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    attentionReason: z.string().nullable(),
    cancelReason: z.string().nullable(),
    customer: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** The shopper's capability link; present for the owner only. */
    url: z.string().optional(),
  })
  .meta({ id: 'Reservation' })
export type ReservationView = z.infer<typeof ReservationView>
