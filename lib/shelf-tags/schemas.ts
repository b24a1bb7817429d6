import { z } from 'zod'
import { Money } from '../catalog/schemas'

/** Ten A4 sheets of 21: more than that is a job for the print shop, not a browser tab. */
export const MAX_LABELS = 210

/** A blank form field means "no filter", not an invalid one. */
const optionalText = (schema: z.ZodString) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional())

export const ShelfTagQuery = z.object({
  storeId: z.string().trim().regex(/^[A-Za-z0-9_-]{1,60}$/, 'A store id is letters, digits, - and _.'),
  categorySlug: optionalText(z.string().trim().regex(/^[a-z0-9-]{1,60}$/, 'A category is lower-case letters, digits and -.')),
  q: optionalText(z.string().trim().max(100, 'A search is at most 100 characters.')),
  handles: z.array(z.string().regex(/^[a-z0-9-]{1,120}$/)).max(MAX_LABELS).optional(),
  sku: optionalText(z.string().trim().regex(/^[A-Za-z0-9._-]{1,64}$/, 'A SKU is letters, digits, ., - and _.')),
})
export type ShelfTagQuery = z.infer<typeof ShelfTagQuery>

/** The retail barcodes a shelf label can carry. */
export const Symbology = z.enum(['ean13', 'upca', 'ean8'])
export type Symbology = z.infer<typeof Symbology>

/** Everything printed on one shelf label: one variant in one store. */
export const ShelfTag = z.object({
  storeId: z.string(),
  storeName: z.string(),
  handle: z.string(),
  productName: z.string(),
  brand: z.string(),
  colorName: z.string(),
  size: z.string().nullable(),
  sku: z.string(),
  /** As printed under the bars: 8, 12 or 13 digits. */
  gtin: z.string(),
  /** The barcode the GTIN is printed as; null when the stored GTIN cannot be printed. */
  symbology: Symbology.nullable(),
  price: Money,
  compareAt: Money.nullable(),
  aisle: z.string().nullable(),
  bay: z.string().nullable(),
  /** What the QR code carries: our shelf-tag URL for this store and GTIN. */
  qrUrl: z.string(),
})
export type ShelfTag = z.infer<typeof ShelfTag>

export type ShelfTagList = {
  store: { id: string; name: string }
  labels: ShelfTag[]
  /** Labels matching the query; more than `labels.length` when the cap cut the list. */
  total: number
  capped: boolean
}
