import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import type { ColorOption, GalleryImage, ProductSummary, RatingSummary } from './schemas'


export type ProductRow = {
  id: string
  handle: string
  name: string
  brand: string
  category_slug: string
  category_name: string
  price_amount: number
  compare_at_amount: number | null
  currency: string
  created_at: string | Date
  rating_avg: string | number | null
  rating_count: string | number
}

export const productColumns = sql`
  p.id, p.handle, p.name, p.brand, c.slug as category_slug, c.name as category_name,
  p.price_amount, p.compare_at_amount, p.currency, p.created_at,
  r.rating_avg, coalesce(r.rating_count, 0) as rating_count`

export const ratingJoin = sql`
  left join (
    select product_id, round(avg(rating)::numeric, 2) as rating_avg, count(*) as rating_count
    from reviews group by product_id
  ) r on r.product_id = p.id`

export function ratingOf(row: ProductRow): RatingSummary {
  const count = num(row.rating_count)
  return { average: count > 0 && row.rating_avg !== null ? num(row.rating_avg) : null, count }
}

type ColorRow = {
  product_id: string
  code: string
  name: string
  hex: string
  url: string | null
  alt: string | null
  width: number | null
  height: number | null
}

/** Colours of the given products, each with its first gallery image, in display order. */
export async function colorsFor(db: Db, productIds: string[]): Promise<Map<string, ColorOption[]>> {
  const map = new Map<string, ColorOption[]>()
  if (productIds.length === 0) return map
  const list = await rows<ColorRow>(
    db,
    sql`select pc.product_id, pc.code, pc.name, pc.hex, i.url, i.alt, i.width, i.height
        from product_colors pc
        left join product_images i
          on i.product_id = pc.product_id and i.color_code = pc.code and i.position = 0
        where pc.product_id in (${sql.join(
          productIds.map((id) => sql`${id}`),
          sql`, `,
        )})
        order by pc.product_id, pc.position`,
  )
  for (const c of list) {
    const colors = map.get(c.product_id) ?? []
    colors.push({
      code: c.code,
      name: c.name,
      hex: c.hex,
      image: { url: c.url ?? '', alt: c.alt ?? `${c.name}`, width: num(c.width ?? 800), height: num(c.height ?? 1000) },
    })
    map.set(c.product_id, colors)
  }
  return map
}

export function toSummary(row: ProductRow, colors: ColorOption[]): ProductSummary {
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    brand: row.brand,
    category: { slug: row.category_slug, name: row.category_name },
    price: { amount: num(row.price_amount), currency: row.currency },
    compareAtPrice:
      row.compare_at_amount === null ? null : { amount: num(row.compare_at_amount), currency: row.currency },
    colors,
    rating: ratingOf(row),
    createdAt: iso(row.created_at),
  }
}

export type ImageRow = {
  color_code: string
  url: string
  alt: string
  width: number
  height: number
  position: number
}

export function toGalleryImage(i: ImageRow): GalleryImage {
  return {
    colorCode: i.color_code,
    url: i.url,
    alt: i.alt,
    width: num(i.width),
    height: num(i.height),
    position: num(i.position),
  }
}
