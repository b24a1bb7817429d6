import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { getStore } from '../stores/stores'
import { UnknownStore, UnprintableGtin } from './errors'
import { MAX_LABELS, type ShelfTag, type Symbology, type ShelfTagList, type ShelfTagQuery } from './schemas'
import { symbologyFor } from './symbology'
import { shelfTagUrl } from './url'

type LabelRow = {
  handle: string
  product_name: string
  brand: string
  color_name: string | null
  color_code: string
  size: string | null
  sku: string
  gtin: string
  price_amount: number | string
  compare_at_amount: number | string | null
  currency: string
  aisle: string | null
  bay: string | null
  total: number | string
}

export type ShelfTagOptions = {
  /** The site's absolute origin, e.g. `https://aisle.example`: the QR code must open on any phone. */
  origin: string
  /** At most this many labels (never more than MAX_LABELS). */
  limit?: number
}

const list = (values: string[]): SQL => sql`(${sql.join(
  values.map((v) => sql`${v}`),
  sql`, `,
)})`

/** A search matches the product's words, a SKU by its start, or a GTIN exactly: what staff type. */
function textMatch(q: string): SQL {
  return sql`(p.search_vector @@ websearch_to_tsquery('english', ${q})
    or v.sku ilike ${`${q.replace(/[\\%_]/g, '\\$&')}%`}
    or v.gtin = ${q})`
}

function conditions(storeId: string, query: ShelfTagQuery): SQL[] {
  const where: SQL[] = [sql`l.store_id = ${storeId}`]
  if (query.categorySlug) where.push(sql`c.slug = ${query.categorySlug}`)
  if (query.q) where.push(textMatch(query.q))
  if (query.handles) where.push(query.handles.length ? sql`p.handle in ${list(query.handles)}` : sql`false`)
  if (query.sku) where.push(sql`upper(v.sku) = ${query.sku.toUpperCase()}`)
  return where
}

/** One bad GTIN in the catalogue must not stop a whole sheet from printing. */
function printableAs(gtin: string): Symbology | null {
  try {
    return symbologyFor(gtin)
  } catch (e) {
    if (e instanceof UnprintableGtin) return null
    throw e
  }
}

/**
 * Shelf labels for one store: every variant it stocks (it has a shelf position there, even at
 * zero on hand) that matches the filters, in walking order (aisle, then bay) so staff can put
 * them up in one pass. Throws UnknownStore for a store id or slug we do not have.
 */
export async function listShelfTags(db: Db, query: ShelfTagQuery, options: ShelfTagOptions): Promise<ShelfTagList> {
  const store = await getStore(db, query.storeId)
  if (!store) throw new UnknownStore(query.storeId)
  const limit = Math.min(options.limit ?? MAX_LABELS, MAX_LABELS)
  const found = await rows<LabelRow>(
    db,
    sql`select p.handle, p.name as product_name, p.brand, pc.name as color_name, v.color_code, v.size, v.sku, v.gtin,
               p.price_amount, p.compare_at_amount, p.currency, l.aisle, l.bay, count(*) over () as total
        from inventory_levels l
        join variants v on v.id = l.variant_id
        join products p on p.id = v.product_id
        join categories c on c.id = p.category_id
        left join product_colors pc on pc.product_id = p.id and pc.code = v.color_code
        where ${sql.join(conditions(store.id, query), sql` and `)}
        order by l.aisle nulls last,
                 case when l.bay ~ '^[0-9]+$' then l.bay::int end nulls last, l.bay,
                 p.name, p.id, v.position, v.id
        limit ${limit}`,
  )
  const total = found.length ? num(found[0].total) : 0
  const labels = found.map((r): ShelfTag => {
    const price = { amount: num(r.price_amount), currency: r.currency }
    // A "was" price is printed only when it is higher than today's: anything else is not a saving.
    const was = r.compare_at_amount === null ? null : num(r.compare_at_amount)
    return {
      storeId: store.id,
      storeName: store.name,
      handle: r.handle,
      productName: r.product_name,
      brand: r.brand,
      colorName: r.color_name ?? r.color_code,
      size: r.size,
      sku: r.sku,
      gtin: r.gtin,
      symbology: printableAs(r.gtin),
      price,
      compareAt: was !== null && was > price.amount ? { amount: was, currency: r.currency } : null,
      aisle: r.aisle,
      bay: r.bay,
      qrUrl: shelfTagUrl(options.origin, store.id, r.gtin),
    }
  })
  return { store: { id: store.id, name: store.name }, labels, total, capped: total > labels.length }
}
