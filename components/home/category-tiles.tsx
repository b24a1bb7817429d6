import Image from 'next/image'
import Link from 'next/link'
import type { Image as ImageData } from '@/lib/catalog/schemas'

export type CategoryTile = { slug: string; name: string; productCount: number; image: ImageData | null }

export function CategoryTiles({ tiles }: { tiles: CategoryTile[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-6">
      {tiles.map((t, i) => (
        <li key={t.slug}>
          <Link
            href={`/c/${t.slug}`}
            className="group block overflow-hidden rounded-xl border border-line bg-surface hover:border-line-strong"
          >
            <div className="aspect-square bg-sunken">
              {t.image && (
                <Image
                  src={t.image.url}
                  alt=""
                  width={t.image.width}
                  height={t.image.height}
                  sizes="(min-width: 1024px) 16vw, (min-width: 640px) 33vw, 50vw"
                  // The first row is above the fold on a phone and is the page's largest paint.
                  preload={i < 2}
                  unoptimized
                  className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]"
                />
              )}
            </div>
            <div className="p-3">
              <p className="text-sm font-semibold">{t.name}</p>
              <p className="text-xs text-muted">{t.productCount} products</p>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  )
}
