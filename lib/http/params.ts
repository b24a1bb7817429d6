import { z } from 'zod'
import { LatLngFields, LatLngQuery, latLngTogether } from '../stores/schemas'

export const HandleParams = z.object({ handle: z.string().min(1).max(200).regex(/^[a-z0-9-]+$/, 'Not a product handle') })
export const CodeParams = z.object({
  code: z.string().min(1).max(512).describe('A GTIN (8/12/13/14 digits), a SKU, or the URL of one of our shelf-tag QR codes'),
})
export const StoreParams = z.object({ id: z.string().min(1).max(60) })

export const AvailabilityQuery = latLngTogether(
  LatLngFields.extend({ storeId: z.string().max(60).optional().describe('The shopper\'s store: listed first') }),
)

export const ReviewsQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
})

export { LatLngQuery }

export const ReservationParams = z.object({ id: z.string().min(1).max(60) })
export const CancelInput = z.object({ reason: z.string().trim().max(300).optional() }).meta({ id: 'CancelReservationInput' })
export const ResolveInput = z
  .object({ fromStoreId: z.string().trim().min(1).max(60).optional().describe('Managers: transfer the missing units in from this store') })
  .meta({ id: 'ResolveReservationInput' })
export const LookupInput = z.object({ code: z.string().trim().min(1).max(200).describe('The pickup QR text or the 6-character pickup code') }).meta({ id: 'PickupLookupInput' })
export const StoreReservationsQuery = z.object({
  status: z
    .string()
    .max(100)
    .regex(/^[a-z,]+$/)
    .optional()
    .describe('Comma-separated statuses; default pending,ready,attention'),
})
