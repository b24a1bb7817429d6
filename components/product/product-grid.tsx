import type { ProductSummary } from '@/lib/catalog/schemas'
import { ProductCard } from './product-card'

type ProductGridProps = {
  products: ProductSummary[]
  /** How many leading cards to load eagerly (the ones visible without scrolling). */
  eagerCount?: number
  /** Colours the shopper filtered by: each card shows the first of them it has. */
  preferColors?: string[]
}

export function ProductGrid({ products, eagerCount = 0, preferColors = [] }: ProductGridProps) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((p, i) => (
        <li key={p.id}>
          <ProductCard product={p} eager={i < eagerCount} preferColors={preferColors} />
        </li>
      ))}
    </ul>
  )
}
