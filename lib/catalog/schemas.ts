import { z } from 'zod'

/** Money is integer minor units plus an ISO 4217 currency. */
export const Money = z.object({ amount: z.number().int(), currency: z.string().length(3) }).meta({ id: 'Money' })
export type Money = z.infer<typeof Money>

export const Image = z
  .object({ url: z.string(), alt: z.string(), width: z.number().int(), height: z.number().int() })
  .meta({ id: 'Image' })
export type Image = z.infer<typeof Image>

export const Category = z
  .object({ slug: z.string(), name: z.string(), description: z.string(), productCount: z.number().int() })
  .meta({ id: 'Category' })
export type Category = z.infer<typeof Category>

export const ColorOption = z
  .object({ code: z.string(), name: z.string(), hex: z.string(), image: Image })
  .meta({ id: 'ColorOption' })
export type ColorOption = z.infer<typeof ColorOption>

export const RatingSummary = z
  .object({ average: z.number().nullable(), count: z.number().int() })
  .meta({ id: 'RatingSummary' })
export type RatingSummary = z.infer<typeof RatingSummary>

export const ProductSummary = z
  .object({
    id: z.string(),
    handle: z.string(),
    name: z.string(),
    brand: z.string(),
    category: z.object({ slug: z.string(), name: z.string() }),
    price: Money,
    compareAtPrice: Money.nullable(),
    colors: z.array(ColorOption),
    rating: RatingSummary,
    createdAt: z.string(),
  })
  .meta({ id: 'ProductSummary' })
export type ProductSummary = z.infer<typeof ProductSummary>

export const Variant = z
  .object({
    id: z.string(),
    sku: z.string(),
    gtin: z.string(),
    colorCode: z.string(),
    size: z.string().nullable(),
  })
  .meta({ id: 'Variant' })
export type Variant = z.infer<typeof Variant>

export const GalleryImage = Image.extend({ colorCode: z.string(), position: z.number().int() }).meta({
  id: 'GalleryImage',
})
export type GalleryImage = z.infer<typeof GalleryImage>

export const ProductDetail = ProductSummary.extend({
  description: z.string(),
  materials: z.string(),
  care: z.string(),
  tags: z.array(z.string()),
  /** Sizes in display order; empty for one-size products. */
  sizes: z.array(z.string()),
  images: z.array(GalleryImage),
  variants: z.array(Variant),
}).meta({ id: 'ProductDetail' })
export type ProductDetail = z.infer<typeof ProductDetail>

export const sortOptions = ['relevance', 'newest', 'price-asc', 'price-desc', 'rating'] as const
export type SortOption = (typeof sortOptions)[number]

const commaList = z
  .string()
  .transform((s) => s.split(',').map((v) => v.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(60)).max(20))

export const ProductQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    category: z.string().max(60).optional(),
    color: commaList.optional().describe('Comma-separated colour codes'),
    size: commaList.optional().describe('Comma-separated sizes'),
    minPrice: z.coerce.number().int().min(0).optional().describe('Minimum price in minor units'),
    maxPrice: z.coerce.number().int().min(0).optional().describe('Maximum price in minor units'),
    inStockAt: z.string().max(60).optional().describe('Store id: only products with a variant available there'),
    sort: z.enum(sortOptions).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    message: 'minPrice must not exceed maxPrice',
    path: ['minPrice'],
  })
export type ProductQuery = z.input<typeof ProductQuery>
export type ParsedProductQuery = z.output<typeof ProductQuery>

export const FacetValue = z.object({ value: z.string(), label: z.string(), count: z.number().int(), hex: z.string().optional() })
export const ProductFacets = z
  .object({
    categories: z.array(FacetValue),
    colors: z.array(FacetValue),
    sizes: z.array(FacetValue),
    price: z.object({ min: z.number().int(), max: z.number().int() }).nullable(),
  })
  .meta({ id: 'ProductFacets' })
export type ProductFacets = z.infer<typeof ProductFacets>

export const ProductList = z
  .object({
    items: z.array(ProductSummary),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
    facets: ProductFacets,
  })
  .meta({ id: 'ProductList' })
export type ProductList = z.infer<typeof ProductList>

export const Review = z
  .object({
    id: z.string(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    body: z.string(),
    authorName: z.string(),
    verifiedPurchase: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Review' })
export type Review = z.infer<typeof Review>

export const ReviewPage = z
  .object({
    items: z.array(Review),
    nextCursor: z.string().nullable(),
    summary: RatingSummary.extend({ histogram: z.array(z.number().int()).length(5).describe('Counts of 1..5 stars') }),
  })
  .meta({ id: 'ReviewPage' })
export type ReviewPage = z.infer<typeof ReviewPage>

export const CodeMatch = z
  .object({
    matchedBy: z.enum(['gtin', 'sku', 'shelf-tag']),
    product: ProductDetail,
    variant: Variant,
    /** Store named by a shelf-tag QR code. */
    storeId: z.string().nullable(),
  })
  .meta({ id: 'CodeMatch' })
export type CodeMatch = z.infer<typeof CodeMatch>
