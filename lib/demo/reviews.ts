import type { CategorySlug } from './catalog'
import { ageInDays, daysBefore } from './constants'
import { stableId, type Rng } from './random'
import {
  caveatOpeners,
  caveatTitles,
  kindDetails,
  reviewClosers,
  reviewDetails,
  reviewerFirstNames,
  reviewLeadIns,
  reviewOpeners,
  reviewTitles,
  sharedDetails,
  wearableTitles,
} from './review-text'
import type { ProductMeta, ReviewRow } from './rows'

const ratingWeights = [[5, 0.5], [4, 0.27], [3, 0.11], [2, 0.07], [1, 0.05]] as const
/** How many sentences a review has: some one-liners, mostly two or three, a few longer. */
const lengthWeights = [[1, 0.15], [2, 0.35], [3, 0.3], [4, 0.2]] as const
/** Where a rating borrows titles and openers once its own are spent on a busy product. */
const neighbor: Record<number, number> = { 5: 4, 4: 5, 3: 4, 2: 1, 1: 2 }
const worn: ReadonlySet<CategorySlug> = new Set(['apparel', 'footwear', 'eyewear', 'hats-accessories'])

function fill(template: string, meta: ProductMeta): string {
  const plural = meta.plural
  return template
    .replaceAll('{This}', plural ? 'These' : 'This')
    .replaceAll('{this}', plural ? 'these' : 'this')
    .replaceAll('{It}', plural ? 'They' : 'It')
    .replaceAll('{they}', plural ? 'they' : 'it')
    .replaceAll('{its}', plural ? 'their' : 'its')
    .replaceAll('{it}', plural ? 'them' : 'it')
    .replaceAll('{is}', plural ? 'are' : 'is')
    .replaceAll('{has}', plural ? 'have' : 'has')
    .replaceAll('{s}', plural ? '' : 's')
    .replaceAll('{wear}', worn.has(meta.category) ? 'wear' : 'use')
    .replaceAll('{noun}', meta.reviewNoun)
}

/** "Lenses are crisp." -> "lenses are crisp.", but "I" stays a capital. */
function lowerFirst(sentence: string): string {
  return /^I\b/.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1)
}

/**
 * One product's fragments, each list shuffled once and drawn without replacement, so a product
 * never shows the same title or sentence twice however many reviews it has.
 */
class ReviewDeck {
  private readonly piles = new Map<string, string[]>()
  private readonly used = new Set<string>()

  constructor(
    private readonly rng: Rng,
    private readonly meta: ProductMeta,
  ) {}

  filled(template: string): string {
    return fill(template, this.meta)
  }

  /** Records `text` as used; false when the product already shows it. */
  take(text: string): boolean {
    if (this.used.has(text)) return false
    this.used.add(text)
    return true
  }

  /** The next unused line of `lines` (filled in for this product), or null once they are spent. */
  draw(key: string, lines: readonly string[]): string | null {
    let pile = this.piles.get(key)
    if (!pile) {
      pile = this.rng.shuffle(lines)
      this.piles.set(key, pile)
    }
    for (let line = pile.pop(); line !== undefined; line = pile.pop()) {
      const text = this.filled(line)
      if (this.take(text)) return text
    }
    return null
  }

  /** The category's and kind's lines, plus (unless `productOnly`) store, delivery and value lines. */
  detail(good: boolean, productOnly = false): string | null {
    const lines = [reviewDetails[this.meta.category], kindDetails[this.meta.kindKey], productOnly ? undefined : sharedDetails]
      .flatMap((list) => (list ? (good ? list.good : list.bad) : []))
    return this.draw(`${good ? 'good' : 'bad'}${productOnly ? '-product' : ''}`, lines)
  }
}

/** A review's voice: the titles and openers it draws from, by rating, or four stars with a catch. */
type Voice = { key: string; titles: readonly string[]; openers: readonly string[] }

function voice(meta: ProductMeta, rating: number, caveat: boolean): Voice {
  const titles = caveat ? caveatTitles : reviewTitles[rating]
  const wearable = worn.has(meta.category) && !caveat ? wearableTitles[rating] : []
  return {
    key: caveat ? 'caveat' : String(rating),
    titles: [...titles, ...wearable],
    openers: caveat ? caveatOpeners : reviewOpeners[rating],
  }
}

function reviewTitle(rng: Rng, deck: ReviewDeck, own: Voice, fallback: Voice): string {
  const title = deck.draw(`title${own.key}`, own.titles) ?? deck.draw(`title${fallback.key}`, fallback.titles)
  if (title) return title
  // Fallback for very busy products: pair two titles of the voice ("Solid choice, good value").
  const shuffled = rng.shuffle(own.titles)
  for (const a of shuffled) {
    for (const b of shuffled) {
      const pair = deck.filled(`${a}, ${lowerFirst(b)}`)
      if (a !== b && deck.take(pair)) return pair
    }
  }
  throw new Error(`Ran out of review titles for ${own.key}`)
}

function firstSentence(rng: Rng, deck: ReviewDeck, own: Voice, fallback: Voice, good: boolean): string {
  const opener = deck.draw(`open${own.key}`, own.openers)
  if (opener) return opener
  // Openers spent on a busy product: lead into an unused detail ("So far, the laces stay tied."),
  // then borrow the neighboring rating's openers, then put lead-ins in front of used openers.
  const detail = deck.detail(good)
  if (detail) {
    const sentence = `${rng.pick(reviewLeadIns)} ${lowerFirst(detail)}`
    if (deck.take(sentence)) return sentence
  }
  const borrowed = deck.draw(`open${fallback.key}`, fallback.openers)
  if (borrowed) return borrowed
  for (const line of rng.shuffle(own.openers)) {
    const opener = lowerFirst(deck.filled(line))
    for (const lead of rng.shuffle(reviewLeadIns)) {
      // Not "Honestly, honestly perfect."
      const sentence = `${lead} ${opener}`
      if (!opener.startsWith(lead.slice(0, -1).toLowerCase()) && deck.take(sentence)) return sentence
    }
  }
  throw new Error(`Ran out of review openers for ${own.key}`)
}

/** Which details a review makes, in order: true for praise, false for a complaint. */
function detailPlan(rng: Rng, rating: number, caveat: boolean, count: number): boolean[] {
  if (caveat) return [...Array<boolean>(Math.max(0, count - 1)).fill(true), false]
  if (rating === 3) {
    // Three stars mixes praise and complaint, in either order.
    const first = rng.chance(0.5)
    return [first, !first].slice(0, count)
  }
  return Array<boolean>(count).fill(rating >= 4)
}

function review(rng: Rng, deck: ReviewDeck, meta: ProductMeta, rating: number): { title: string; body: string } {
  const caveat = rating === 4 && rng.chance(0.4)
  const own = voice(meta, rating, caveat)
  const fallback = voice(meta, neighbor[rating], false)
  const length = rng.weighted(lengthWeights)
  const plan = detailPlan(rng, rating, caveat, length === 1 ? 0 : length === 4 ? 2 : 1)
  const title = reviewTitle(rng, deck, own, fallback)
  const sentences = [firstSentence(rng, deck, own, fallback, plan[0] ?? rating >= 4)]
  // Only the first detail may be about the store or delivery, so a review never contradicts itself.
  plan.forEach((good, i) => sentences.push(deck.detail(good, i > 0) ?? ''))
  if (length >= 3) {
    const mood = rating >= 4 ? 'happy' : rating === 3 ? 'meh' : 'unhappy'
    sentences.push(deck.draw(mood, reviewClosers[mood]) ?? '')
  }
  return { title, body: sentences.filter(Boolean).join(' ') }
}

function authorName(rng: Rng, deck: ReviewDeck): string {
  for (;;) {
    const name = `${rng.pick(reviewerFirstNames)} ${String.fromCharCode(65 + rng.int(0, 25))}.`
    if (deck.take(name)) return name
  }
}

/** About 15% of products have no reviews yet; popular ones collect up to 25. */
export function buildReviews(rng: Rng, metas: ProductMeta[]): ReviewRow[] {
  const rows: ReviewRow[] = []
  for (const meta of metas) {
    if (!meta.product.featured && rng.chance(0.15)) continue
    const count = Math.max(1, Math.round(25 * meta.popularity ** 2))
    const deck = new ReviewDeck(rng, meta)
    for (let i = 0; i < count; i++) {
      const rating = rng.weighted(ratingWeights)
      rows.push({
        id: stableId('rev', `${meta.product.handle}:${i}`),
        productId: meta.product.id,
        rating,
        ...review(rng, deck, meta, rating),
        authorName: authorName(rng, deck),
        verifiedPurchase: rng.chance(0.7),
        // A review never predates the product it reviews.
        createdAt: daysBefore(rng.int(0, Math.min(364, ageInDays(meta.product.createdAt) - 1)), rng.int(0, 86_399) * 1000),
      })
    }
  }
  return rows
}
