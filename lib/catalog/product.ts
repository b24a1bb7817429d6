import { sql } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { colorsFor, productColumns, ratingJoin, toGalleryImage, toSummary, type ImageRow, type ProductRow } from './rows'
import type { Category, ProductDetail, Variant } from './schemas'

type DetailRow = ProductRow & { description: string; materials: string; care: string; tags: string[] }
type VariantRow = { id: string; sku: string; gtin: string; color_code: string; size: string | null; position: number }

const productCache = memoPerDb<ProductDetail | null>({ ttlMs: ttl.catalog, max: 1000 })
const categoryCache = memoPerDb<Category[]>({ ttlMs: ttl.catalog, max: 1 })

/** A whole product by handle or id: colours, gallery, sizes in display order, variants. Shared: do not mutate. */
export function getProductBy(db: Db, field: 'handle' | 'id', value: string): Promise<ProductDetail | null> {
  return productCache(db).get(`${field}:${value}`, () => loadProduct(db, field, value))
}

async function loadProduct(db: Db, field: 'handle' | 'id', value: string): Promise<ProductDetail | null> {
  const column = field === 'handle' ? sql`p.handle` : sql`p.id`
  const [row] = await rows<DetailRow>(
    db,
    sql`select ${productColumns}, p.description, p.materials, p.care, p.tags
        from products p join categories c on c.id = p.category_id ${ratingJoin}
        where ${column} = ${value} limit 1`,
  )
  if (!row) return null
  const [colors, images, variantRows] = await Promise.all([
    colorsFor(db, [row.id]),
    rows<ImageRow>(
      db,
      sql`select i.color_code, i.url, i.alt, i.width, i.height, i.position
          from product_images i join product_colors pc on pc.product_id = i.product_id and pc.code = i.color_code
          where i.product_id = ${row.id} order by pc.position, i.position`,
    ),
    rows<VariantRow>(
      db,
      sql`select id, sku, gtin, color_code, size, position from variants where product_id = ${row.id} order by position, id`,
    ),
  ])
  const variants: Variant[] = variantRows.map((v) => ({
    id: v.id,
    sku: v.sku,
    gtin: v.gtin,
    colorCode: v.color_code,
    size: v.size,
  }))
  const sizes: string[] = []
  for (const v of variantRows) if (v.size !== null && !sizes.includes(v.size)) sizes.push(v.size)
  return {
    ...toSummary(row, colors.get(row.id) ?? []),
    description: row.description,
    materials: row.materials,
    care: row.care,
    tags: row.tags ?? [],
    sizes,
    images: images.map(toGalleryImage),
    variants,
  }
}

export function getProduct(db: Db, handle: string): Promise<ProductDetail | null> {
  return getProductBy(db, 'handle', handle)
}

export function listCategories(db: Db): Promise<Category[]> {
  return categoryCache(db).get('all', () => loadCategories(db))
}

async function loadCategories(db: Db): Promise<Category[]> {
  const list = await rows<{ slug: string; name: string; description: string; n: number }>(
    db,
    sql`select c.slug, c.name, c.description, count(p.id) as n
        from categories c left join products p on p.category_id = c.id
        group by c.id order by c.position`,
  )
  return list.map((c) => ({ slug: c.slug, name: c.name, description: c.description, productCount: num(c.n) }))
}

/** Every product's handle with when it was last changed, for the sitemap. */
export async function listProductHandles(db: Db): Promise<{ handle: string; updatedAt: string }[]> {
  const list = await rows<{ handle: string; created_at: string | Date }>(db, sql`select handle, created_at from products order by handle`)
  return list.map((p) => ({ handle: p.handle, updatedAt: iso(p.created_at) }))
}

export async function getCategory(db: Db, slug: string): Promise<Category | null> {
  return (await listCategories(db)).find((c) => c.slug === slug) ?? null
}
