import { describe, expect, it } from 'vitest'
import type { Review } from './schemas'
import { topReview } from './top-review'

const review = (id: string, rating: number, verifiedPurchase: boolean, createdAt: string): Review => ({
  id,
  rating,
  title: id,
  body: '',
  authorName: 'A',
  verifiedPurchase,
  createdAt,
})

describe('topReview', () => {
  it('has nothing to quote without reviews', () => {
    expect(topReview([])).toBeNull()
  })

  it('quotes the best rated, a verified purchase first, then the newest', () => {
    const reviews = [
      review('old-5', 5, false, '2025-01-01T00:00:00Z'),
      review('new-4', 4, true, '2025-06-01T00:00:00Z'),
      review('verified-5', 5, true, '2025-02-01T00:00:00Z'),
      review('newer-verified-5', 5, true, '2025-03-01T00:00:00Z'),
      review('newest-unverified-5', 5, false, '2025-07-01T00:00:00Z'),
    ]
    expect(topReview(reviews)?.id).toBe('newer-verified-5')
    expect(topReview(reviews.slice(0, 2))?.id).toBe('old-5')
  })
})
