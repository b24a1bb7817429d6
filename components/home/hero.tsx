import Image from 'next/image'
import Link from 'next/link'
import type { Image as ImageData } from '@/lib/catalog/schemas'
import { buttonClass } from '@/components/ui/button-styles'

type HeroProps = { myStoreName: string | null; images: ImageData[] }

export function Hero({ myStoreName, images }: HeroProps) {
  return (
    <section className="grid items-center gap-8 overflow-hidden rounded-xl bg-accent px-5 py-8 text-white sm:px-10 sm:py-14 lg:grid-cols-[1.2fr_1fr]">
      <div>
        <p className="text-sm font-semibold tracking-wide text-white/85 uppercase">New season, on the shelf now</p>
        <h1 className="mt-3 max-w-xl text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">
          Everyday things, well made — and in stock near you.
        </h1>
        <p className="mt-4 max-w-lg text-base text-white/90 sm:text-lg">
          {myStoreName
            ? `Browse online, then pick it off the shelf at ${myStoreName}: every product shows its aisle and stock.`
            : 'Browse online, then pick it off the shelf: choose your store to see stock and the exact aisle.'}
        </p>
        <div className="mt-7 flex flex-wrap gap-3">
          <Link href="/search?sort=newest" className={buttonClass('secondary', 'border-white')}>
            Shop new arrivals
          </Link>
          <Link
            href="/stores"
            className="inline-flex min-h-11 items-center rounded-full px-5 text-sm font-semibold text-white ring-1 ring-white/70 hover:bg-white/10"
          >
            Find a store
          </Link>
        </div>
      </div>
      {/* Decorative, and only where there is room: on phones the headline is the first paint. */}
      <div aria-hidden="true" className="hidden grid-cols-2 gap-3 lg:grid">
        {images.slice(0, 2).map((img, i) => (
          <div key={img.url} className={`overflow-hidden rounded-xl bg-white/10 ${i === 1 ? 'mt-10' : ''}`}>
            <Image
              src={img.url}
              alt=""
              width={img.width}
              height={img.height}
              sizes="240px"
              loading="eager"
              unoptimized
              className="aspect-[4/5] size-full object-cover"
            />
          </div>
        ))}
      </div>
    </section>
  )
}
