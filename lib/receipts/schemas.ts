import { z } from 'zod'
import { Money } from '../catalog/schemas'

/** How it was paid. Never a card number: a card payment is only `card` (the provider holds the rest). */
export const Tender = z
  .object({ kind: z.enum(['card', 'cash', 'pay-at-pickup']), amount: z.number().int().describe('Minor units tendered (the total)') })
  .meta({ id: 'Tender' })
export type Tender = z.infer<typeof Tender>

export const receiptChannels = ['online', 'in-store', 'pickup'] as const
export type ReceiptChannel = (typeof receiptChannels)[number]

export const ReceiptLine = z.object({
  lineNo: z.number().int(),
  sku: z.string(),
  name: z.string(),
  detail: z.string().describe('Colour and size'),
  quantity: z.number().int(),
  unitPrice: Money,
  lineTotal: Money,
})

const ReceiptStore = z.object({ id: z.string(), name: z.string(), address: z.string(), phone: z.string(), timezone: z.string() })

export const ReceiptSummary = z
  .object({
    id: z.string(),
    number: z.string(),
    channel: z.enum(receiptChannels),
    storeName: z.string().nullable(),
    total: Money,
    itemCount: z.number().int(),
    pointsEarned: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'ReceiptSummary' })
export type ReceiptSummary = z.infer<typeof ReceiptSummary>

export const ReceiptView = z
  .object({
    id: z.string(),
    number: z.string(),
    channel: z.enum(receiptChannels),
    store: ReceiptStore.nullable(),
    lines: z.array(ReceiptLine),
    subtotal: Money,
    discount: Money,
    tax: Money,
    total: Money,
    tender: Tender,
    pointsEarned: z.number().int(),
    createdAt: z.string(),
    token: z.string().describe('What the receipt QR carries (signed): staff scan it to find the purchase for a return'),
  })
  .meta({ id: 'Receipt' })
export type ReceiptView = z.infer<typeof ReceiptView>

export const ReceiptParams = z.object({ id: z.string().trim().min(1).max(60) })
