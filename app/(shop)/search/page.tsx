import type { Metadata } from 'next'
import { listingHref } from '@/components/search/listing-params'
import { Container } from '@/components/ui/container'
import { ListingResults } from '../_listing/listing-results'
import { listingState } from '../_listing/load-listing'

const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim()

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  const q = firstValue((await searchParams).q)
  return {
    title: q ? `Results for “${q}”` : 'All products',
    description: q
      ? `Products at Aisle matching “${q}”, with stock at your nearest store.`
      : 'Browse every product at Aisle: filter by color, size, price and what is in stock at your store.',
    // Result pages are endless combinations; keep them out of search indexes.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const state = listingState('/search', await searchParams, false)
  return (
    <Container className="py-6 sm:py-8">
      <h1 className="mb-6 text-2xl font-bold tracking-tight sm:text-3xl">
        {state.q ? (
          <>
            Results for <span className="text-accent">“{state.q}”</span>
          </>
        ) : (
          'All products'
        )}
      </h1>
      <ListingResults
        basePath="/search"
        state={state}
        resetHref={listingHref('/search', { q: state.q, color: [], size: [] })}
      />
    </Container>
  )
}
