import { sql } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { getProductBy } from '../catalog/product'
import type { LatLng } from '../geo/distance'
import { num, rows } from '../db/rows'
import { listStoreRows, sortStores, toStore } from '../stores/stores'
import type { Availability, VariantStock } from './schemas'
import { stockStatus } from './stock-status'


type LevelRow = {
  store_id: string
  variant_id: string
  color_code: string
  size: string | null
  available: number
  aisle: string | null
  bay: string | null
}

export type AvailabilityOptions = Partial<LatLng> & { storeId?: string; now?: Date }

const versionCache = memoPerDb<number>({ ttlMs: ttl.stock, max: 1 })
const stockCache = memoPerDb<Map<string, VariantStock[]>>({ ttlMs: ttl.catalog, max: 2000 })

/**
 * The newest movement in the stock ledger. Every change to on_hand or reserved appends a movement
 * in the same transaction, so while this number stands still every cached stock answer is exact;
 * it is read at most every `ttl.stock`, so a change anywhere shows within that.
 */
function stockVersion(db: Db): Promise<number> {
  return versionCache(db).get('v', async () => {
    const [row] = await rows<{ v: number | string }>(db, sql`select coalesce(max(id), 0) as v from inventory_movements`)
    return num(row.v)
  })
}

/** Stock of one product's variants, grouped by store; a burst of readers shares one query. */
function stockByStore(db: Db, productId: string, version: number): Promise<Map<string, VariantStock[]>> {
  return stockCache(db).get(`${productId}@${version}`, async () => {
    const levels = await rows<LevelRow>(
      db,
      sql`select l.store_id, v.id as variant_id, v.color_code, v.size,
                 greatest(l.on_hand - l.reserved, 0) as available, l.aisle, l.bay
          from variants v join inventory_levels l on l.variant_id = v.id
          where v.product_id = ${productId}
          order by v.position, v.id`,
    )
    const byStore = new Map<string, VariantStock[]>()
    for (const l of levels) {
      const available = num(l.available)
      const list = byStore.get(l.store_id) ?? []
      list.push({
        variantId: l.variant_id,
        colorCode: l.color_code,
        size: l.size,
        available,
        status: stockStatus(available),
        aisle: l.aisle,
        bay: l.bay,
      })
      byStore.set(l.store_id, list)
    }
    return byStore
  })
}

const answerCache = memoPerDb<Availability>({ ttlMs: ttl.catalog, max: 2000 })

/**
 * Stock of every variant of a product in every store: nearest first, the chosen store first of all.
 * An answer is reused while the ledger, the question and the minute (opening state) are the same.
 * Shared between callers: do not mutate.
 */
export async function getAvailability(db: Db, handle: string, opts: AvailabilityOptions = {}): Promise<Availability | null> {
  const product = await getProductBy(db, 'handle', handle)
  if (!product) return null
  const version = await stockVersion(db)
  if (opts.now) return answer(db, product.id, version, handle, opts, opts.now)
  const now = new Date()
  const key = [product.id, version, opts.lat ?? '', opts.lng ?? '', opts.storeId ?? '', Math.floor(now.getTime() / 60_000)].join('|')
  return answerCache(db).get(key, () => answer(db, product.id, version, handle, opts, now))
}

async function answer(
  db: Db,
  productId: string,
  version: number,
  handle: string,
  opts: AvailabilityOptions,
  now: Date,
): Promise<Availability> {
  const [storeRows, byStore] = await Promise.all([listStoreRows(db), stockByStore(db, productId, version)])
  const origin = opts.lat !== undefined && opts.lng !== undefined ? { lat: opts.lat, lng: opts.lng } : undefined
  const stores = sortStores(storeRows.map((s) => toStore(s, origin, now))).map(
    ({ id, slug, name, location, openNow, distanceKm }) => ({ id, slug, name, location, openNow, distanceKm }),
  )
  const chosen = opts.storeId ? stores.findIndex((s) => s.id === opts.storeId || s.slug === opts.storeId) : -1
  if (chosen > 0) stores.unshift(...stores.splice(chosen, 1))
  return {
    handle,
    stores: stores.map((store) => ({ store, variants: byStore.get(store.id) ?? [] })),
    asOf: now.toISOString(),
  }
}
