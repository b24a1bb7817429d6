import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Container } from '@/components/ui/container'
import { getCategories } from '../../_data/shop'
import { ListingResults } from '../../_listing/listing-results'
import { listingState } from '../../_listing/load-listing'

async function findCategory(slug: string) {
  return (await getCategories()).find((c) => c.slug === slug) ?? null
}

export async function generateMetadata({ params }: PageProps<'/c/[category]'>): Promise<Metadata> {
  const category = await findCategory((await params).category)
  if (!category) return { title: 'Category not found' }
  return {
    title: category.name,
    description: category.description,
    alternates: { canonical: `/c/${category.slug}` },
  }
}

export default async function CategoryPage({ params, searchParams }: PageProps<'/c/[category]'>) {
  const category = await findCategory((await params).category)
  if (!category) notFound()
  const basePath = `/c/${category.slug}`
  const state = listingState(basePath, await searchParams, true)
  return (
    <Container className="py-6 sm:py-8">
      <div className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{category.name}</h1>
        <p className="mt-1 max-w-2xl text-sm text-muted sm:text-base">{category.description}</p>
      </div>
      <ListingResults basePath={basePath} state={state} categorySlug={category.slug} resetHref={basePath} />
    </Container>
  )
}
