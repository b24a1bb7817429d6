import { sql } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { decodeCursor, encodeCursor } from './cursor'
import { InvalidCursor } from './errors'
import { iso, num, rows } from '../db/rows'
import type { ReviewPage } from './schemas'

type KeysetCursor = { t: string; id: string }
const isKeysetCursor = (v: unknown): v is KeysetCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as KeysetCursor).t === 'string' &&
  typeof (v as KeysetCursor).id === 'string' &&
  !Number.isNaN(Date.parse((v as KeysetCursor).t))

type ReviewRow = {
  id: string
  rating: number
  title: string
  body: string
  author_name: string
  verified_purchase: boolean
  created_at: string | Date
}

const reviewCache = memoPerDb<ReviewPage | null>({ ttlMs: ttl.listing, max: 500 })

/** Newest first, keyset-paginated so a review posted meanwhile never shifts a page. */
export function listReviews(
  db: Db,
  handle: string,
  { cursor, limit = 10 }: { cursor?: string; limit?: number } = {},
): Promise<ReviewPage | null> {
  return reviewCache(db).get(`${handle}|${cursor ?? ''}|${limit}`, () => loadReviews(db, handle, cursor, limit))
}

async function loadReviews(db: Db, handle: string, cursor: string | undefined, limit: number): Promise<ReviewPage | null> {
  let after: KeysetCursor | null = null
  if (cursor) {
    after = decodeCursor(cursor, isKeysetCursor)
    if (!after) throw new InvalidCursor()
  }
  const [product] = await rows<{ id: string }>(db, sql`select id from products where handle = ${handle}`)
  if (!product) return null
  const keyset = after ? sql`and (r.created_at, r.id) < (${after.t}::timestamptz, ${after.id})` : sql``
  const [items, histogram] = await Promise.all([
    rows<ReviewRow>(
      db,
      sql`select r.id, r.rating, r.title, r.body, r.author_name, r.verified_purchase, r.created_at
          from reviews r where r.product_id = ${product.id} ${keyset}
          order by r.created_at desc, r.id desc limit ${limit + 1}`,
    ),
    rows<{ rating: number; n: number }>(
      db,
      sql`select rating, count(*) as n from reviews where product_id = ${product.id} group by rating`,
    ),
  ])
  const counts = [1, 2, 3, 4, 5].map((star) => num(histogram.find((h) => num(h.rating) === star)?.n ?? 0))
  const count = counts.reduce((a, b) => a + b, 0)
  const sum = counts.reduce((a, n, i) => a + n * (i + 1), 0)
  const page = items.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page.map((r) => ({
      id: r.id,
      rating: num(r.rating),
      title: r.title,
      body: r.body,
      authorName: r.author_name,
      verifiedPurchase: r.verified_purchase,
      createdAt: iso(r.created_at),
    })),
    nextCursor: items.length > limit && last ? encodeCursor({ t: iso(last.created_at), id: last.id }) : null,
    summary: {
      average: count ? Math.round((sum / count) * 100) / 100 : null,
      count,
      histogram: counts,
    },
  }
}
