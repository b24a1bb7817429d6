import { z } from 'zod'
import { StoreSummary } from '../stores/schemas'

export const stockStatuses = ['in_stock', 'low', 'out'] as const
export type StockStatus = (typeof stockStatuses)[number]

export const VariantStock = z
  .object({
    variantId: z.string(),
    colorCode: z.string(),
    size: z.string().nullable(),
    available: z.number().int().min(0),
    status: z.enum(stockStatuses),
    aisle: z.string().nullable(),
    bay: z.string().nullable(),
  })
  .meta({ id: 'VariantStock' })
export type VariantStock = z.infer<typeof VariantStock>

export const StoreAvailability = z
  .object({ store: StoreSummary, variants: z.array(VariantStock) })
  .meta({ id: 'StoreAvailability' })
export type StoreAvailability = z.infer<typeof StoreAvailability>

export const Availability = z
  .object({
    handle: z.string(),
    /** Stores sorted by distance when a location was given, the chosen store first when storeId was. */
    stores: z.array(StoreAvailability),
    asOf: z.string(),
  })
  .meta({ id: 'Availability' })
export type Availability = z.infer<typeof Availability>
