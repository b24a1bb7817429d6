import { sql, type SQL } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { decodeCursor, encodeCursor } from './cursor'
import { InvalidCursor } from './errors'
import { num, rows } from '../db/rows'
import { colorsFor, productColumns, ratingJoin, toSummary, type ProductRow } from './rows'
import type { ParsedProductQuery, ProductFacets, ProductList } from './schemas'

/** How close a typo may be to a word of the product's text to still match (pg_trgm word_similarity). */
const TYPO_THRESHOLD = 0.5

const searchText = sql`(p.name || ' ' || p.brand || ' ' || p.search_text)`

type OffsetCursor = { o: number }
const isOffsetCursor = (v: unknown): v is OffsetCursor =>
  typeof v === 'object' && v !== null && Number.isInteger((v as OffsetCursor).o) && (v as OffsetCursor).o >= 0

/**
 * Words as typed first; typo tolerance only when they match nothing at all, so "sunglasses"
 * finds sunglasses and not every pair of glasses, while "sunglases" still finds them.
 */
function textMatch(q: string): SQL {
  return sql`(p.search_vector @@ websearch_to_tsquery('english', ${q})
    or (not exists (select 1 from products exact where exact.search_vector @@ websearch_to_tsquery('english', ${q}))
        and word_similarity(${q}, ${searchText}) >= ${TYPO_THRESHOLD}))`
}

/** Conditions that define the result set before facet filters (the base the facets count). */
function baseConditions(query: ParsedProductQuery): SQL[] {
  const where: SQL[] = []
  if (query.q) where.push(textMatch(query.q))
  if (query.category) where.push(sql`c.slug = ${query.category}`)
  return where
}

function list(values: string[]): SQL {
  return sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`
}

/** Variant-level filters: colour, size and stock must hold for the same variant. */
function variantConditions(query: ParsedProductQuery): SQL | null {
  const parts: SQL[] = []
  if (query.color?.length) parts.push(sql`v.color_code in ${list(query.color)}`)
  if (query.size?.length) parts.push(sql`v.size in ${list(query.size)}`)
  if (query.inStockAt) {
    parts.push(
      sql`exists (select 1 from inventory_levels il where il.variant_id = v.id and il.store_id = ${query.inStockAt} and il.on_hand - il.reserved > 0)`,
    )
  }
  if (parts.length === 0) return null
  return sql`exists (select 1 from variants v where v.product_id = p.id and ${sql.join(parts, sql` and `)})`
}

function allConditions(query: ParsedProductQuery): SQL[] {
  const where = baseConditions(query)
  const variant = variantConditions(query)
  if (variant) where.push(variant)
  if (query.minPrice !== undefined) where.push(sql`p.price_amount >= ${query.minPrice}`)
  if (query.maxPrice !== undefined) where.push(sql`p.price_amount <= ${query.maxPrice}`)
  return where
}

const whereClause = (conds: SQL[]): SQL => (conds.length ? sql`where ${sql.join(conds, sql` and `)}` : sql``)

function orderBy(query: ParsedProductQuery): SQL {
  switch (query.sort ?? (query.q ? 'relevance' : 'featured')) {
    case 'newest':
      return sql`p.created_at desc, p.id`
    case 'price-asc':
      return sql`p.price_amount asc, p.id`
    case 'price-desc':
      return sql`p.price_amount desc, p.id`
    case 'rating':
      return sql`r.rating_avg desc nulls last, r.rating_count desc nulls last, p.id`
    case 'relevance':
      if (query.q) {
        return sql`(ts_rank_cd(p.search_vector, websearch_to_tsquery('english', ${query.q})) + word_similarity(${query.q}, p.name)) desc, p.id`
      }
      return sql`p.featured desc, p.created_at desc, p.id`
    default:
      return sql`p.featured desc, p.created_at desc, p.id`
  }
}

async function facets(db: Db, query: ParsedProductQuery): Promise<ProductFacets> {
  const from = sql`from products p join categories c on c.id = p.category_id ${whereClause(baseConditions(query))}`
  const [cats, colors, sizes, price] = await Promise.all([
    rows<{ value: string; label: string; count: number }>(
      db,
      sql`select c.slug as value, c.name as label, count(*) as count ${from} group by c.slug, c.name, c.position order by c.position`,
    ),
    rows<{ value: string; label: string; hex: string; count: number }>(
      db,
      sql`select pc.code as value, min(pc.name) as label, min(pc.hex) as hex, count(distinct p.id) as count
          from products p join categories c on c.id = p.category_id join product_colors pc on pc.product_id = p.id
          ${whereClause(baseConditions(query))}
          group by pc.code order by count desc, pc.code limit 40`,
    ),
    rows<{ value: string; count: number; ord: number }>(
      db,
      sql`select v.size as value, count(distinct p.id) as count, min(v.position) as ord
          from products p join categories c on c.id = p.category_id join variants v on v.product_id = p.id
          ${whereClause([...baseConditions(query), sql`v.size is not null`])}
          group by v.size order by ord, v.size`,
    ),
    rows<{ min: number | null; max: number | null }>(
      db,
      sql`select min(p.price_amount) as min, max(p.price_amount) as max ${from}`,
    ),
  ])
  const range = price[0]
  return {
    categories: cats.map((c) => ({ value: c.value, label: c.label, count: num(c.count) })),
    colors: colors.map((c) => ({ value: c.value, label: c.label, hex: c.hex, count: num(c.count) })),
    sizes: sizes.map((s) => ({ value: s.value, label: s.value, count: num(s.count) })),
    price: range && range.min !== null && range.max !== null ? { min: num(range.min), max: num(range.max) } : null,
  }
}

const listingCache = memoPerDb<ProductList>({ ttlMs: ttl.listing, max: 500 })
const stockListingCache = memoPerDb<ProductList>({ ttlMs: ttl.stock, max: 200 })

/** Browse and search: full-text ranking with typo tolerance, variant-level facets, offset cursor. */
export function listProducts(db: Db, query: ParsedProductQuery): Promise<ProductList> {
  // "In stock at my store" moves with every sale, so it is reused for no longer than stock is.
  const cache = query.inStockAt ? stockListingCache : listingCache
  return cache(db).get(JSON.stringify(query), () => loadProducts(db, query))
}

async function loadProducts(db: Db, query: ParsedProductQuery): Promise<ProductList> {
  let offset = 0
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor, isOffsetCursor)
    if (!cursor) throw new InvalidCursor()
    offset = cursor.o
  }
  const limit = query.limit
  const [page, facetValues] = await Promise.all([
    rows<ProductRow & { total: number }>(
      db,
      sql`select ${productColumns}, count(*) over () as total
          from products p join categories c on c.id = p.category_id ${ratingJoin}
          ${whereClause(allConditions(query))}
          order by ${orderBy(query)}
          limit ${limit} offset ${offset}`,
    ),
    facets(db, query),
  ])
  const total = page.length ? num(page[0].total) : offset === 0 ? 0 : await countProducts(db, query)
  const colors = await colorsFor(
    db,
    page.map((p) => p.id),
  )
  return {
    items: page.map((p) => toSummary(p, colors.get(p.id) ?? [])),
    total,
    nextCursor: offset + page.length < total ? encodeCursor({ o: offset + page.length }) : null,
    facets: facetValues,
  }
}

async function countProducts(db: Db, query: ParsedProductQuery): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*) as n from products p join categories c on c.id = p.category_id ${whereClause(allConditions(query))}`,
  )
  return num(row?.n ?? 0)
}
