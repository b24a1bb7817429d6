import { artUrl, artViewNames, artViews } from './art/kinds'
import { allKinds, categoryInfo, categorySlugs, heroes, nameWords, type HeroSpec, type KindSpec } from './catalog'
import type { SizeScheme } from './catalog/types'
import { colorByCode } from './colors'
import { daysBefore } from './constants'
import { GtinAllocator } from './gtin-allocator'
import { describeProduct, kebab, listPrice, salePrice, searchTextFor, styleCode } from './naming'
import { hashString, stableId, type Rng } from './random'
import type { CategoryRow, ProductColorRow, ProductImageRow, ProductMeta, VariantRow } from './rows'

const sizeRuns: Record<SizeScheme, readonly (string | null)[]> = {
  alpha: ['XS', 'S', 'M', 'L', 'XL'],
  waist: ['28', '30', '32', '34', '36'],
  shoe: ['6', '7', '8', '9', '10', '11', '12'],
  hat: ['S/M', 'M/L'],
  one: [null],
}

const FEATURED_COUNT = 12

export function buildCategories(): CategoryRow[] {
  return categorySlugs.map((slug, position) => ({
    id: stableId('cat', slug),
    slug,
    name: categoryInfo[slug].name,
    description: categoryInfo[slug].description,
    position,
  }))
}

type Plan = { name: string; noun: string; materialIndex: number; colors: readonly string[]; hero?: HeroSpec }

/** Names for a kind: its heroes first, then generated "{Word} [{Material}] {Noun}" names. */
function planKind(rng: Rng, kind: KindSpec, usedNames: Set<string>): Plan[] {
  const plans: Plan[] = []
  // Hero first words stay unique catalogue-wide so a search for "Harbor" finds one product.
  const usedWords = new Set<string>(heroes.map((h) => h.name.split(' ')[0]))
  for (const hero of heroes.filter((h) => h.kind === kind.key)) {
    const noun = kind.nouns.find((n) => hero.name.endsWith(n)) ?? kind.nouns[0]
    plans.push({ name: hero.name, noun, materialIndex: hero.materialIndex, colors: hero.colors, hero })
    usedNames.add(hero.name)
  }
  while (plans.length < kind.count) {
    const word = rng.pick(nameWords)
    const noun = rng.pick(kind.nouns)
    const materialIndex = rng.int(0, kind.materials.length - 1)
    const materialWord = kind.materials[materialIndex].word
    const useMaterial = materialWord !== undefined && !noun.includes(materialWord) && rng.chance(0.45)
    const name = [word, useMaterial ? materialWord : null, noun].filter(Boolean).join(' ')
    if (usedWords.has(word) || usedNames.has(name)) continue
    usedWords.add(word)
    usedNames.add(name)
    const colorCount = Math.min(kind.palette.length, rng.weighted([[2, 0.2], [3, 0.35], [4, 0.3], [5, 0.1], [6, 0.05]] as const))
    plans.push({ name, noun, materialIndex, colors: rng.sample(kind.palette, colorCount) })
  }
  return plans
}

/** Shape variants (round/square/aviator…) live in seed mod 3, so a noun can pin one. */
function artSeed(handle: string, shape: number | undefined): number {
  const base = hashString(handle) % 999
  return shape === undefined ? base : base - (base % 3) + shape
}

export type CatalogOutput = {
  metas: ProductMeta[]
  productColors: ProductColorRow[]
  productImages: ProductImageRow[]
  variants: VariantRow[]
}

export function buildCatalog(rng: Rng, categoryRows: CategoryRow[]): CatalogOutput {
  const categoryId = new Map(categoryRows.map((c) => [c.slug, c.id]))
  const out: CatalogOutput = { metas: [], productColors: [], productImages: [], variants: [] }
  const usedNames = new Set<string>()
  const styleCodes = new Set<string>()
  const gtins = new GtinAllocator(rng)

  for (const kind of allKinds) {
    for (const plan of planKind(rng, kind, usedNames)) {
      const handle = kebab(plan.name)
      const id = stableId('prd', handle)
      const material = kind.materials[plan.materialIndex].text
      const colors = plan.colors.map(colorByCode)
      const onSale = plan.hero ? plan.hero.compareAt !== undefined : rng.chance(0.14)
      const basePrice = plan.hero ? plan.hero.price * 100 : listPrice(rng, kind)
      const compareAtAmount = plan.hero?.compareAt ? plan.hero.compareAt * 100 : onSale ? basePrice : null
      const priceAmount = plan.hero || !onSale ? basePrice : salePrice(rng, basePrice)
      // About one in five styles is new this season; the rest have sold for up to two years.
      const ageDays = rng.chance(0.2) ? rng.int(2, 45) : rng.int(46, 730)
      const tags = [...kind.tags]
      if (ageDays < 30) tags.push('new-arrival')
      if (compareAtAmount) tags.push('sale')
      const materialWord = kind.materials[plan.materialIndex].word
      if (materialWord) tags.push(materialWord.toLowerCase())
      const uniqueTags = [...new Set(tags)]

      out.metas.push({
        kindKey: kind.key,
        category: kind.category,
        reviewNoun: kind.reviewNoun,
        plural: kind.plural ?? false,
        popularity: plan.hero ? 1 : rng.float(),
        product: {
          id,
          handle,
          name: plan.name,
          brand: kind.brand,
          categoryId: categoryId.get(kind.category) ?? '',
          description: describeProduct(rng, kind, plan.name, plan.noun, material),
          materials: material.charAt(0).toUpperCase() + material.slice(1),
          care: kind.care,
          priceAmount,
          compareAtAmount,
          currency: 'USD',
          tags: uniqueTags,
          featured: false,
          createdAt: daysBefore(ageDays, rng.int(0, 86_399) * 1000),
          searchText: searchTextFor(kind, plan.noun, colors.map((c) => c.name), uniqueTags, material),
        },
      })

      const seed = artSeed(handle, plan.hero?.shape ?? kind.nounShapes?.[plan.noun])
      const style = styleCode(plan.name, styleCodes)
      let variantPosition = 0
      colors.forEach((color, colorIndex) => {
        out.productColors.push({ productId: id, code: color.code, name: color.name, hex: `#${color.hex}`, position: colorIndex })
        for (const view of artViews) {
          out.productImages.push({
            id: stableId('img', `${handle}:${color.code}:${view}`),
            productId: id,
            colorCode: color.code,
            url: artUrl(kind.art, color.hex, view, seed),
            alt: `${plan.name} in ${color.name}, ${artViewNames[view]}`,
            width: 800,
            height: 1000,
            position: view,
          })
        }
        sizeRuns[kind.sizes].forEach((size) => {
          const sku = `AIS-${style}-${color.abbr}${size ? `-${size.replace('/', '')}` : ''}`
          out.variants.push({
            id: stableId('var', sku),
            productId: id,
            sku,
            ...gtins.allocate(kind.gtin, kind.brand, kind.category),
            colorCode: color.code,
            size,
            position: variantPosition++,
          })
        })
      })
    }
  }
  markFeatured(rng, out.metas)
  return out
}

/** The heroes plus one product from each of several different kinds. */
function markFeatured(rng: Rng, metas: ProductMeta[]): void {
  const featured = metas.filter((m) => heroes.some((h) => h.name === m.product.name))
  const kindsTaken = new Set(featured.map((m) => m.kindKey))
  for (const meta of rng.shuffle(metas)) {
    if (featured.length >= FEATURED_COUNT) break
    if (kindsTaken.has(meta.kindKey)) continue
    kindsTaken.add(meta.kindKey)
    featured.push(meta)
  }
  for (const meta of featured) {
    meta.product.featured = true
    meta.popularity = Math.max(meta.popularity, 0.9)
  }
}
