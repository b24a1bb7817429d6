import type { ProductDetail, Variant } from '@/lib/catalog/schemas'
import { JsonLd } from '@/components/ui/json-ld'
import { moneyToDecimal } from '@/components/ui/price'

type ProductJsonLdProps = {
  product: ProductDetail
  url: string
  imageUrls: string[]
  /** Variant ids with stock in at least one store. */
  inStock: Set<string>
  variantUrl: (variant: Variant) => string
}

function gtinProperty(gtin: string): string {
  if (gtin.length === 13) return 'gtin13'
  if (gtin.length === 12) return 'gtin12'
  if (gtin.length === 8) return 'gtin8'
  return 'gtin'
}

export function ProductJsonLd({ product, url, imageUrls, inStock, variantUrl }: ProductJsonLdProps) {
  const price = moneyToDecimal(product.price)
  const colorName = (code: string) => product.colors.find((c) => c.code === code)?.name
  return (
    <JsonLd
      data={{
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: product.name,
        description: product.description,
        url,
        image: imageUrls,
        sku: product.variants[0]?.sku,
        productID: product.id,
        category: product.category.name,
        material: product.materials,
        brand: { '@type': 'Brand', name: product.brand },
        offers: product.variants.map((v) => ({
          '@type': 'Offer',
          sku: v.sku,
          [gtinProperty(v.gtin)]: v.gtin,
          name: [product.name, colorName(v.colorCode), v.size].filter(Boolean).join(', '),
          url: variantUrl(v),
          price,
          priceCurrency: product.price.currency,
          itemCondition: 'https://schema.org/NewCondition',
          // Sold in stores: "in stock" means on a shelf in at least one store right now.
          availability: inStock.has(v.id) ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
        })),
        ...(product.rating.count > 0 && product.rating.average !== null
          ? {
              aggregateRating: {
                '@type': 'AggregateRating',
                ratingValue: product.rating.average.toFixed(1),
                reviewCount: product.rating.count,
                bestRating: 5,
                worstRating: 1,
              },
            }
          : {}),
      }}
    />
  )
}
