import { withCheckDigit, normalizeGtin } from '@/lib/gs1/gtin'
import type { CategorySlug, GtinFormat } from './catalog/types'
import type { Rng } from './random'

// Company prefixes: UPC-A for US-sourced brands, EAN-13 from the country a category is made in
// (Italy 80x, Portugal 560, UK 50x, France 37x), EAN-8 for small beauty items. None falls in a
// restricted range (02, 04, 05, 2xx, 977–979, 98–99).
const upcaPrefix: Record<string, string> = {
  'Aisle Studio': '842137',
  Northline: '817362',
  'Field & Fulton': '859024',
  'Hearth & Loom': '864715',
}
const ean13Prefix: Record<CategorySlug, string> = {
  apparel: '8054217',
  footwear: '5601238',
  eyewear: '8034592',
  'hats-accessories': '5031867',
  beauty: '3760184',
  home: '5608721',
}
const ean8Prefix = '376'

/** Hands out unique, valid GTINs; item references advance by small random steps. */
export class GtinAllocator {
  private readonly next = new Map<string, number>()
  private readonly seen = new Set<string>()

  constructor(private readonly rng: Rng) {}

  allocate(format: GtinFormat, brand: string, category: CategorySlug): { gtin: string; gtin14: string } {
    const prefix = format === 'upca' ? (upcaPrefix[brand] ?? '842137') : format === 'ean13' ? ean13Prefix[category] : ean8Prefix
    const bodyLength = format === 'upca' ? 11 : format === 'ean13' ? 12 : 7
    const itemDigits = bodyLength - prefix.length
    const item = (this.next.get(prefix) ?? 100) + this.rng.int(1, 3)
    if (item >= 10 ** itemDigits) throw new Error(`GTIN prefix ${prefix} is exhausted`)
    this.next.set(prefix, item)
    const gtin = withCheckDigit(prefix + String(item).padStart(itemDigits, '0'))
    const gtin14 = normalizeGtin(gtin)
    if (!gtin14 || this.seen.has(gtin14)) throw new Error(`GTIN ${gtin} is invalid or already used`)
    this.seen.add(gtin14)
    return { gtin, gtin14 }
  }
}
