import { ageInDays, daysBefore } from './constants'
import { stableId, type Rng } from './random'
import { reviewClosers, reviewDetails, reviewerFirstNames, reviewOpeners, reviewTitles } from './review-text'
import type { ProductMeta, ReviewRow } from './rows'

const ratingWeights = [[5, 0.5], [4, 0.27], [3, 0.11], [2, 0.07], [1, 0.05]] as const

function fill(template: string, meta: ProductMeta): string {
  const plural = meta.plural
  return template
    .replaceAll('{This}', plural ? 'These' : 'This')
    .replaceAll('{this}', plural ? 'these' : 'this')
    .replaceAll('{it}', plural ? 'them' : 'it')
    .replaceAll('{is}', plural ? 'are' : 'is')
    .replaceAll('{s}', plural ? '' : 's')
    .replaceAll('{noun}', meta.reviewNoun)
}

function reviewBody(rng: Rng, meta: ProductMeta, rating: number): string {
  const sentences = [rng.pick(reviewOpeners[rating])]
  const details = reviewDetails[meta.category]
  if (rng.chance(0.8)) {
    const good = rating >= 4 || (rating === 3 && rng.chance(0.5))
    sentences.push(rng.pick(good ? details.good : details.bad))
  }
  if (rng.chance(0.5)) {
    sentences.push(rng.pick(reviewClosers[rating >= 4 ? 'happy' : rating === 3 ? 'meh' : 'unhappy']))
  }
  return sentences.map((s) => fill(s, meta)).join(' ')
}

/** About 15% of products have no reviews yet; popular ones collect up to 25. */
export function buildReviews(rng: Rng, metas: ProductMeta[]): ReviewRow[] {
  const rows: ReviewRow[] = []
  for (const meta of metas) {
    if (!meta.product.featured && rng.chance(0.15)) continue
    const count = Math.max(1, Math.round(25 * meta.popularity ** 2))
    for (let i = 0; i < count; i++) {
      const rating = rng.weighted(ratingWeights)
      rows.push({
        id: stableId('rev', `${meta.product.handle}:${i}`),
        productId: meta.product.id,
        rating,
        title: rng.pick(reviewTitles[rating]),
        body: reviewBody(rng, meta, rating),
        authorName: `${rng.pick(reviewerFirstNames)} ${String.fromCharCode(65 + rng.int(0, 25))}.`,
        verifiedPurchase: rng.chance(0.7),
        // A review never predates the product it reviews.
        createdAt: daysBefore(rng.int(0, Math.min(364, ageInDays(meta.product.createdAt) - 1)), rng.int(0, 86_399) * 1000),
      })
    }
  }
  return rows
}
