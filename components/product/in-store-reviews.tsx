import Link from 'next/link'
import type { ReviewPage } from '@/lib/catalog/schemas'
import { topReview } from '@/lib/catalog/top-review'
import { Stars } from '@/components/ui/stars'
import { RatingSummary } from './rating-summary'
import { VerifiedPurchase } from './verified-purchase'

/** The reviews at a glance, for a shopper deciding in the aisle; the full list stays further down. */
export function InStoreReviews({ page }: { page: ReviewPage }) {
  const quote = topReview(page.items)
  const { count } = page.summary
  return (
    <section aria-labelledby="in-store-reviews-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="in-store-reviews-heading" className="mb-3 text-lg font-bold tracking-tight">
        What shoppers say
      </h2>
      <RatingSummary {...page.summary} />
      {quote && (
        <figure className="mt-4 border-t border-line pt-4">
          <div className="flex items-center gap-2">
            <Stars value={quote.rating} />
            <span className="sr-only">{quote.rating} out of 5 stars</span>
            <p className="text-sm font-semibold">{quote.title}</p>
          </div>
          <blockquote className="mt-1.5 line-clamp-3 text-sm leading-relaxed">{quote.body}</blockquote>
          <figcaption className="mt-1.5 flex flex-wrap items-center gap-x-2 text-xs text-muted">
            <span className="font-medium text-ink">{quote.authorName}</span>
            {quote.verifiedPurchase && <VerifiedPurchase />}
          </figcaption>
        </figure>
      )}
      {count > 0 && (
        <Link href="#reviews" className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
          Read all {count} {count === 1 ? 'review' : 'reviews'}
        </Link>
      )}
    </section>
  )
}
