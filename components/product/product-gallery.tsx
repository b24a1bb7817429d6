import Image from 'next/image'
import type { GalleryImage } from '@/lib/catalog/schemas'
import { GalleryThumbnails } from './gallery-thumbnails'

type ProductGalleryProps = { images: GalleryImage[]; productName: string; colorName: string }

/**
 * A swipeable strip of the selected colour's images; thumbnails are in-page links, so
 * the gallery works without JavaScript and only the first image is loaded up front.
 */
export function ProductGallery({ images, productName, colorName }: ProductGalleryProps) {
  const stripId = 'product-gallery'
  return (
    <section aria-label={`${productName} in ${colorName}: images`} className="flex flex-col gap-3">
      <ul
        id={stripId}
        className="scrollbar-none relative flex snap-x snap-mandatory overflow-x-auto rounded-xl bg-sunken"
        tabIndex={0}
        aria-label="Product images, scroll sideways for more"
      >
        {images.map((img, i) => (
          <li key={img.url} id={`${stripId}-${i}`} className="w-full shrink-0 snap-center">
            <Image
              src={img.url}
              alt={img.alt}
              width={img.width}
              height={img.height}
              sizes="(min-width: 1024px) 560px, (min-width: 640px) 50vw, 100vw"
              preload={i === 0}
              loading={i === 0 ? 'eager' : 'lazy'}
              unoptimized
              className="aspect-[4/5] h-auto w-full object-cover"
            />
          </li>
        ))}
      </ul>
      <GalleryThumbnails stripId={stripId} images={images.map((i) => ({ url: i.url, width: i.width, height: i.height }))} />
    </section>
  )
}
