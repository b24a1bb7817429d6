import Image from 'next/image'
import Link from 'next/link'
import type { Image as ImageData, Money } from '@/lib/catalog/schemas'
import { Price } from '@/components/ui/price'

type ItemSummaryProps = {
  brand: string
  name: string
  colorName: string
  size: string | null
  image: ImageData
  price: Money
  compareAtPrice: Money | null
  /** Back to the product page to choose another colour or size. */
  changeHref: string
}

/** The one item being reserved, as a compact card: what it is, in which colour and size, and its price. */
export function ItemSummary({ brand, name, colorName, size, image, price, compareAtPrice, changeHref }: ItemSummaryProps) {
  return (
    <div className="flex gap-4 rounded-xl border border-line bg-surface p-3">
      <Image
        src={image.url}
        alt=""
        width={image.width}
        height={image.height}
        preload
        unoptimized
        className="aspect-[4/5] w-20 shrink-0 rounded-lg bg-sunken object-cover"
      />
      <div className="flex min-w-0 flex-1 flex-col">
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{brand}</p>
        <h2 className="text-base leading-snug font-semibold">{name}</h2>
        <p className="mt-0.5 text-sm text-muted">
          {colorName}
          {size && <> · Size {size}</>}
        </p>
        <div className="mt-auto flex items-end justify-between gap-2 pt-1">
          <Price price={price} compareAtPrice={compareAtPrice} />
          <Link href={changeHref} className="-mb-2.5 inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
            Change<span className="sr-only"> colour or size</span>
          </Link>
        </div>
      </div>
    </div>
  )
}
