import { adjectives, categoryInfo, closers, type KindSpec } from './catalog'
import type { Rng } from './random'

/** "Harbor Sunglasses" -> "harbor-sunglasses"; the handle is the product's URL segment. */
export function kebab(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Lowercases ordinary words but keeps acronyms such as "SPF". */
function lowerNoun(noun: string): string {
  return noun
    .split(' ')
    .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
    .join(' ')
}

function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function describeProduct(rng: Rng, kind: KindSpec, name: string, noun: string, materialText: string): string {
  const adjective = rng.pick(adjectives[kind.category])
  const lower = lowerNoun(noun)
  const phrase = noun.endsWith('s') ? `${withArticle(adjective)} pair of ${lower}` : `${withArticle(adjective)} ${lower}`
  const connector = kind.connector ?? 'made from'
  const intro = rng.pick([
    `The ${name} ${noun.endsWith('s') ? 'are' : 'is'} ${phrase} ${connector} ${materialText}.`,
    `Meet the ${name}: ${phrase} ${connector} ${materialText}.`,
    `${capitalize(phrase)}, ${connector} ${materialText}.`,
  ])
  const sentences = [intro, rng.pick(kind.features)]
  if (rng.chance(0.6)) sentences.push(rng.pick(closers[kind.category]))
  return sentences.join(' ')
}

/** Fashion prices end in .00 (often $X8), home and beauty in .95/.99. */
export function listPrice(rng: Rng, kind: KindSpec): number {
  const [min, max] = kind.price
  let dollars = rng.int(min, max)
  if (kind.ending === 0) {
    dollars = rng.chance(0.7) ? Math.max(min, Math.round(dollars / 10) * 10 - 2) : Math.round(dollars / 5) * 5
    return dollars * 100
  }
  return Math.max(min, dollars) * 100 - (100 - kind.ending)
}

/** A markdown of 20–40%, landing on .99 like most sale tags. */
export function salePrice(rng: Rng, compareAt: number): number {
  const discount = rng.pick([0.2, 0.25, 0.3, 0.4])
  return Math.floor((compareAt * (1 - discount)) / 100) * 100 - 1
}

/** Filler words only add noise to trigram matching. */
const stopWords = new Set(['a', 'an', 'and', 'the', 'of', 'with', 'on', 'for', '&'])

export function searchTextFor(kind: KindSpec, noun: string, colorNames: string[], tags: string[], materials: string): string {
  const words = [categoryInfo[kind.category].name, noun, kind.reviewNoun, ...colorNames, ...tags, materials]
    .join(' ')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w && !stopWords.has(w))
  return [...new Set(words)].join(' ')
}

/**
 * A 4-letter style code for SKUs ("HARB" for Harbor Sunglasses), made unique across the
 * catalogue by falling back to letters of the last word and then to digits.
 */
export function styleCode(name: string, taken: Set<string>): string {
  const words = name.toUpperCase().replace(/[^A-Z ]/g, '').split(/\s+/).filter(Boolean)
  const first = words[0]
  const last = words[words.length - 1]
  const candidates = [first.slice(0, 4), first.slice(0, 3) + last[0], first.slice(0, 2) + last.slice(0, 2)]
  for (let n = 2; n < 100; n++) candidates.push(first.slice(0, 3) + n)
  const code = candidates.find((c) => !taken.has(c))
  if (!code) throw new Error(`No free style code for ${name}`)
  taken.add(code)
  return code
}
