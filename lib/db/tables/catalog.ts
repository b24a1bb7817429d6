// The catalogue and the stores: what is sold and where.
import { sql } from 'drizzle-orm'
import { boolean, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, smallint, text } from 'drizzle-orm/pg-core'
import { tsvector, createdAt } from './columns'

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
})

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    handle: text('handle').notNull().unique(),
    name: text('name').notNull(),
    brand: text('brand').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    description: text('description').notNull(),
    materials: text('materials').notNull(),
    care: text('care').notNull(),
    /** Price in minor units (cents) of `currency`. */
    priceAmount: integer('price_amount').notNull(),
    /** Previous price in minor units when the product is on sale. */
    compareAtAmount: integer('compare_at_amount'),
    currency: text('currency').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    featured: boolean('featured').notNull().default(false),
    createdAt: createdAt(),
    /** Flat text the trigram index matches typos against. */
    searchText: text('search_text').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(brand, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(search_text, '')), 'C') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')`,
      ),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_search_idx').using('gin', t.searchVector),
    index('products_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('products_price_nonneg', sql`${t.priceAmount} >= 0`),
  ],
)

export const productColors = pgTable(
  'product_colors',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** URL-safe colour code, e.g. `navy`. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    hex: text('hex').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.code] })],
)

export const productImages = pgTable(
  'product_images',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    colorCode: text('color_code').notNull(),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.colorCode, t.position)],
)

export const variants = pgTable(
  'variants',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    /** The code as printed on the label (8, 12 or 13 digits). */
    gtin: text('gtin').notNull(),
    /** The same code zero-padded to GTIN-14: UPC-A and its EAN-13 form share it. */
    gtin14: text('gtin14').notNull().unique(),
    colorCode: text('color_code').notNull(),
    /** Null for one-size products. */
    size: text('size'),
    position: integer('position').notNull(),
  },
  (t) => [index('variants_product_idx').on(t.productId)],
)

export type OpeningHours = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { open: string; close: string } | null>

export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  addressLine1: text('address_line1').notNull(),
  city: text('city').notNull(),
  region: text('region').notNull(),
  postalCode: text('postal_code').notNull(),
  country: text('country').notNull(),
  phone: text('phone').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  timezone: text('timezone').notNull(),
  hours: jsonb('hours').$type<OpeningHours>().notNull(),
})

export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    authorName: text('author_name').notNull(),
    verifiedPurchase: boolean('verified_purchase').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('reviews_product_idx').on(t.productId, t.createdAt, t.id),
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
  ],
)
