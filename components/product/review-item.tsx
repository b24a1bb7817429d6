import type { Review } from '@/lib/catalog/schemas'
import { Stars } from '@/components/ui/stars'
import { VerifiedPurchase } from './verified-purchase'

const dateFormat = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })

export function ReviewItem({ review }: { review: Review }) {
  return (
    <article className="border-t border-line py-5">
      <div className="flex items-center gap-2">
        <Stars value={review.rating} />
        <span className="sr-only">{review.rating} out of 5 stars</span>
        <h3 className="text-sm font-semibold">{review.title}</h3>
      </div>
      <p className="mt-2 text-sm leading-relaxed">{review.body}</p>
      <p className="mt-2 flex flex-wrap items-center gap-x-2 text-xs text-muted">
        <span className="font-medium text-ink">{review.authorName}</span>
        <time dateTime={review.createdAt}>{dateFormat.format(new Date(review.createdAt))}</time>
        {review.verifiedPurchase && <VerifiedPurchase />}
      </p>
    </article>
  )
}
