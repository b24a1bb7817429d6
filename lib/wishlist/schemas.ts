import { z } from 'zod'
import { Image, Money } from '../catalog/schemas'

const id = z.string().trim().min(1).max(60).regex(/^[\w.:-]+$/, 'Not an id')

export const WishlistParams = z.object({ productId: id.describe('The product to save or remove') })

export const SaveInput = z
  .object({ color: id.optional().describe('The colour (its code) the shopper was looking at; absent keeps any earlier choice') })
  .meta({ id: 'WishlistSaveInput' })

export const WishlistItem = z
  .object({
    productId: z.string(),
    handle: z.string(),
    name: z.string(),
    brand: z.string(),
    price: Money,
    compareAtPrice: Money.nullable(),
    color: z.object({ code: z.string(), name: z.string() }).nullable(),
    image: Image.nullable(),
    href: z.string(),
    savedAt: z.string(),
  })
  .meta({ id: 'WishlistItem' })
export type WishlistItem = z.infer<typeof WishlistItem>

export const Wishlist = z
  .object({
    owner: z.enum(['member', 'visitor']).describe('Whose list this is: the signed-in member, or this browser before sign-in'),
    items: z.array(WishlistItem),
    limit: z.number().int(),
  })
  .meta({ id: 'Wishlist' })
export type Wishlist = z.infer<typeof Wishlist>

export const SaveResult = z
  .object({ productId: z.string(), saved: z.literal(true), color: z.string().nullable(), created: z.boolean(), count: z.number().int() })
  .meta({ id: 'WishlistSaveResult' })
export type SaveResult = z.infer<typeof SaveResult>
