import type {
  categories,
  inventoryLevels,
  inventoryMovements,
  productColors,
  productImages,
  products,
  reviews,
  stores,
  variants,
} from '@/lib/db/schema'
import type { CategorySlug } from './catalog/types'

export type CategoryRow = typeof categories.$inferInsert
export type ProductRow = typeof products.$inferInsert & { id: string; createdAt: Date }
export type ProductColorRow = typeof productColors.$inferInsert
export type ProductImageRow = typeof productImages.$inferInsert
export type VariantRow = typeof variants.$inferInsert & { id: string }
export type StoreRow = typeof stores.$inferInsert & { id: string }
export type InventoryLevelRow = typeof inventoryLevels.$inferInsert & { onHand: number }
export type InventoryMovementRow = typeof inventoryMovements.$inferInsert
export type ReviewRow = typeof reviews.$inferInsert

/** What the generator knows about a product beyond its row, for stock and reviews. */
export type ProductMeta = {
  product: ProductRow
  category: CategorySlug
  kindKey: string
  reviewNoun: string
  plural: boolean
  popularity: number
}

export type DemoData = {
  categories: CategoryRow[]
  products: ProductRow[]
  productColors: ProductColorRow[]
  productImages: ProductImageRow[]
  variants: VariantRow[]
  stores: StoreRow[]
  inventoryLevels: InventoryLevelRow[]
  inventoryMovements: InventoryMovementRow[]
  reviews: ReviewRow[]
}
