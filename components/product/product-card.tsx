import Image from 'next/image'
import Link from 'next/link'
import type { ProductSummary } from '@/lib/catalog/schemas'
import { Price } from '@/components/ui/price'
import { Rating } from '@/components/ui/stars'
import { ColorDots } from './color-dots'
import { SaleBadge } from './sale-badge'

type ProductCardProps = {
  product: ProductSummary
  /** The first row of a grid is above the fold on phones: load it eagerly. */
  eager?: boolean
  preferColors?: string[]
}

export function ProductCard({ product, eager = false, preferColors = [] }: ProductCardProps) {
  const preferred = product.colors.find((c) => preferColors.includes(c.code))
  const image = (preferred ?? product.colors[0])?.image
  const href = preferred ? `/p/${product.handle}?color=${encodeURIComponent(preferred.code)}` : `/p/${product.handle}`
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-line bg-surface">
      <div className="relative aspect-[4/5] bg-sunken">
        {image && (
          <Image
            src={image.url}
            alt={image.alt}
            width={image.width}
            height={image.height}
            sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"
            loading={eager ? 'eager' : 'lazy'}
            unoptimized
            className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.02]"
          />
        )}
        <SaleBadge price={product.price} compareAtPrice={product.compareAtPrice} className="absolute top-2 left-2" />
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <p className="text-xs font-medium tracking-wide text-muted uppercase">{product.brand}</p>
        <h3 className="text-sm leading-snug font-semibold">
          <Link href={href} className="after:absolute after:inset-0 after:content-['']">
            {product.name}
          </Link>
        </h3>
        <Price price={product.price} compareAtPrice={product.compareAtPrice} />
        <ColorDots colors={product.colors} />
        <div className="mt-auto pt-1">
          <Rating average={product.rating.average} count={product.rating.count} />
        </div>
      </div>
    </article>
  )
}
