import type { Metadata } from 'next'
import { getDb } from '@/lib/db'
import { listProducts } from '@/lib/catalog'
import { CategoryTiles } from '@/components/home/category-tiles'
import { Hero } from '@/components/home/hero'
import { OrganizationJsonLd } from '@/components/home/organization-json-ld'
import { ProductGrid } from '@/components/product/product-grid'
import { Container } from '@/components/ui/container'
import { SectionHeading } from '@/components/ui/section-heading'
import { siteUrl } from '../site-url'
import { getCategories, getMyStore } from './_data/shop'

export const metadata: Metadata = {
  title: { absolute: 'Aisle — clothing, shoes and everyday goods' },
  description:
    'Shop apparel, footwear, eyewear, accessories, beauty and home. See live stock and the exact aisle at the Aisle store near you.',
}

export default async function HomePage() {
  const db = await getDb()
  const [categories, myStore, featured, newest] = await Promise.all([
    getCategories(),
    getMyStore(),
    listProducts(db, { limit: 8 }),
    listProducts(db, { sort: 'newest', limit: 16 }),
  ])
  // New arrivals that are already featured above would show the same card twice.
  const featuredIds = new Set(featured.items.map((p) => p.id))
  const arrivals = newest.items.filter((p) => !featuredIds.has(p.id)).slice(0, 8)
  const tiles = await Promise.all(
    categories.map(async (c) => {
      // Top-rated, so the tiles do not repeat the featured products below them.
      const first = await listProducts(db, { category: c.slug, sort: 'rating', limit: 1 })
      return { ...c, image: first.items[0]?.colors[0]?.image ?? null }
    }),
  )

  return (
    <Container className="flex flex-col gap-12 py-4 sm:py-8">
      <OrganizationJsonLd siteUrl={siteUrl} />
      <Hero
        myStoreName={myStore?.name ?? null}
        images={featured.items.flatMap((p) => (p.colors[0] ? [p.colors[0].image] : []))}
      />
      <section aria-labelledby="shop-by-category">
        <SectionHeading id="shop-by-category" title="Shop by category" />
        <CategoryTiles tiles={tiles} />
      </section>
      <section aria-labelledby="featured">
        <SectionHeading id="featured" title="Featured" href="/search" />
        <ProductGrid products={featured.items} />
      </section>
      <section aria-labelledby="new-arrivals">
        <SectionHeading id="new-arrivals" title="New arrivals" href="/search?sort=newest" />
        <ProductGrid products={arrivals} />
      </section>
    </Container>
  )
}
