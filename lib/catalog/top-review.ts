import type { Review } from './schemas'

/**
 * The one review quoted near the top of a product page: the best rated of those at hand, a
 * verified purchase before an unverified one, then the newest. Null when there are none.
 */
export function topReview(reviews: Review[]): Review | null {
  let best: Review | null = null
  for (const r of reviews) {
    if (
      !best ||
      r.rating > best.rating ||
      (r.rating === best.rating && r.verifiedPurchase && !best.verifiedPurchase) ||
      (r.rating === best.rating && r.verifiedPurchase === best.verifiedPurchase && r.createdAt > best.createdAt)
    ) {
      best = r
    }
  }
  return best
}
