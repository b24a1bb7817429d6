import { describe, expect, it } from 'vitest'
import { generateDemoData } from './generate'
import { Rng } from './random'
import { buildReviews } from './reviews'
import type { ReviewRow } from './rows'

function byProduct(reviews: readonly ReviewRow[]): Map<string, ReviewRow[]> {
  const groups = new Map<string, ReviewRow[]>()
  for (const review of reviews) groups.set(review.productId, [...(groups.get(review.productId) ?? []), review])
  return groups
}

const sentencesOf = (body: string) => body.split(/(?<=[.!?])\s/)

function expectNoRepeats(reviews: readonly ReviewRow[], label: string) {
  expect(new Set(reviews.map((r) => r.title)).size, label).toBe(reviews.length)
  expect(new Set(reviews.map((r) => sentencesOf(r.body)[0])).size, label).toBe(reviews.length)
  const sentences = reviews.flatMap((r) => sentencesOf(r.body))
  expect(new Set(sentences).size, label).toBe(sentences.length)
}

describe('demo reviews', () => {
  const data = generateDemoData()
  const groups = byProduct(data.reviews)

  it('never repeats a title or a sentence within one product', () => {
    expect(groups.size).toBeGreaterThan(100)
    for (const [productId, reviews] of groups) expectNoRepeats(reviews, productId)
  })

  it('fills in every placeholder', () => {
    for (const review of data.reviews) expect(`${review.title} ${review.body}`).not.toMatch(/[{}]/)
  })

  it('still never repeats when a product has more reviews than there are fragments', () => {
    const product = data.products.find((p) => p.name === 'Harbor Sunglasses')
    if (!product) throw new Error('missing hero product')
    const meta = { product, category: 'eyewear', kindKey: 'sunglasses', reviewNoun: 'sunglasses', plural: true, popularity: 2 } as const
    const reviews = buildReviews(new Rng(7), [{ ...meta, product: { ...product, featured: true } }])
    expect(reviews).toHaveLength(100)
    expectNoRepeats(reviews, product.name)
  })

  it('is identical across runs', () => {
    expect(generateDemoData().reviews).toEqual(data.reviews)
  })
})
