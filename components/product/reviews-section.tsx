import Link from 'next/link'
import type { ReviewPage } from '@/lib/catalog/schemas'
import { MoreReviews } from './more-reviews'
import { RatingSummary } from './rating-summary'
import { ReviewItem } from './review-item'

type ReviewsSectionProps = {
  handle: string
  page: ReviewPage
  baseHref: string
  /** True when the page was opened at a later page of reviews (the no-JavaScript path). */
  paged: boolean
}

export function ReviewsSection({ handle, page, baseHref, paged }: ReviewsSectionProps) {
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="scroll-mt-4">
      <h2 id="reviews-heading" className="mb-4 text-xl font-bold tracking-tight">
        Reviews
      </h2>
      <RatingSummary {...page.summary} />
      {page.items.length > 0 && (
        <div className="mt-6">
          {paged && (
            <Link href={`${baseHref}#reviews`} className="text-sm font-semibold text-accent hover:underline">
              Back to the newest reviews
            </Link>
          )}
          {page.items.map((r) => (
            <ReviewItem key={r.id} review={r} />
          ))}
          {page.nextCursor && <MoreReviews handle={handle} cursor={page.nextCursor} baseHref={baseHref} />}
        </div>
      )}
    </section>
  )
}
