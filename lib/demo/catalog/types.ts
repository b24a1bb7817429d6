import type { ArtKind } from '../art/kinds'

export const categorySlugs = ['apparel', 'footwear', 'eyewear', 'hats-accessories', 'beauty', 'home'] as const
export type CategorySlug = (typeof categorySlugs)[number]

/** alpha XS–XL, waist 28–36, shoe US 6–12, hat S/M + M/L, one = a single null-size variant. */
export type SizeScheme = 'alpha' | 'waist' | 'shoe' | 'hat' | 'one'

export type GtinFormat = 'ean13' | 'upca' | 'ean8'

/** How a category prices: .00 for fashion, .95/.99 where shoppers expect it (home, beauty). */
export type PriceEnding = 0 | 95 | 99

/** `word`, when present, may appear in the product name ("Alder Merino Crew Sweater"). */
export type Material = { word?: string; text: string }

/** One family of similar products; the generator makes `count` of them. */
export type KindSpec = {
  key: string
  category: CategorySlug
  art: ArtKind
  brand: string
  nouns: readonly string[]
  count: number
  materials: readonly Material[]
  /** Joins the description's noun to the material text; defaults to "made from". */
  connector?: string
  care: string
  /** Inclusive price range in whole dollars. */
  price: readonly [number, number]
  ending: PriceEnding
  sizes: SizeScheme
  palette: readonly string[]
  tags: readonly string[]
  /** What reviewers call it: "these sunglasses", "this sweater". */
  reviewNoun: string
  plural?: boolean
  features: readonly string[]
  gtin: GtinFormat
  /** Art variant (seed mod 3) forced by a noun: aviators draw as aviators, serums as droppers. */
  nounShapes?: Readonly<Record<string, number>>
}

/** A product the demos and tests rely on by name. */
export type HeroSpec = {
  kind: string
  name: string
  materialIndex: number
  colors: readonly string[]
  price: number
  compareAt?: number
  shape?: number
}
