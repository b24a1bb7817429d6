import { sql } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { parseCode, type ParsedCode } from './code'
import { getProductBy } from './product'
import { rows } from '../db/rows'
import type { CodeMatch } from './schemas'

type CodeHit = { variant_id: string; product_id: string; store_id: string | null }
const matchCache = memoPerDb<CodeMatch | null>({ ttlMs: ttl.catalog, max: 5000 })

/**
 * Resolves a barcode, SKU or shelf-tag URL to the product and the exact variant. Null when unknown.
 * Shared between callers: do not mutate.
 */
export async function findByCode(db: Db, raw: string): Promise<CodeMatch | null> {
  const parsed = parseCode(raw)
  const key = parsed.kind === 'gtin' ? `g:${parsed.gtin14}:${parsed.storeRef ?? ''}:${parsed.via}` : `s:${parsed.sku}`
  return matchCache(db).get(key, async () => {
    const hit = await lookUp(db, parsed)
    if (!hit) return null
    const product = await getProductBy(db, 'id', hit.product_id)
    const variant = product?.variants.find((v) => v.id === hit.variant_id)
    if (!product || !variant) return null
    return { matchedBy: parsed.kind === 'sku' ? 'sku' : parsed.via, product, variant, storeId: hit.store_id }
  })
}

async function lookUp(db: Db, parsed: ParsedCode): Promise<CodeHit | null> {
  const match =
    parsed.kind === 'gtin'
      ? sql`v.gtin14 = ${parsed.gtin14}`
      : sql`upper(v.sku) = ${parsed.sku}`
  const [hit] = await rows<CodeHit>(
    db,
    sql`select v.id as variant_id, v.product_id,
          ${parsed.kind === 'gtin' && parsed.storeRef ? sql`(select id from stores s where s.id = ${parsed.storeRef} or s.slug = ${parsed.storeRef})` : sql`null`} as store_id
        from variants v where ${match} limit 1`,
  )
  return hit ?? null
}
