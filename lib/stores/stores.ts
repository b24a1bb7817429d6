import { asc } from 'drizzle-orm'
import { memoPerDb } from '../cache/memo'
import { ttl } from '../cache/profiles'
import type { Db } from '../db/client'
import { stores } from '../db/schema'
import { distanceKm, type LatLng } from '../geo/distance'
import { openState } from './hours'
import type { Store } from './schemas'

type StoreRow = typeof stores.$inferSelect

export function toStore(row: StoreRow, from?: LatLng, now = new Date()): Store {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    address: {
      line1: row.addressLine1,
      city: row.city,
      region: row.region,
      postalCode: row.postalCode,
      country: row.country,
    },
    phone: row.phone,
    location: { lat: row.lat, lng: row.lng },
    timezone: row.timezone,
    hours: row.hours,
    openNow: openState(row.hours, row.timezone, now),
    distanceKm: from ? Math.round(distanceKm(from, row) * 10) / 10 : null,
  }
}

/** Stores sorted by distance from `from` when given, by name otherwise. */
export function sortStores(list: Store[]): Store[] {
  return [...list].sort((a, b) =>
    a.distanceKm !== null && b.distanceKm !== null ? a.distanceKm - b.distanceKm : a.name.localeCompare(b.name),
  )
}

const storeRowsCache = memoPerDb<StoreRow[]>({ ttlMs: ttl.stores, max: 1 })

/** Every store row; opening state is computed per call from these, so it is always current. */
export function listStoreRows(db: Db): Promise<StoreRow[]> {
  return storeRowsCache(db).get('all', () => db.select().from(stores).orderBy(asc(stores.name)))
}

export async function listStores(db: Db, from?: Partial<LatLng>): Promise<Store[]> {
  const origin = from?.lat !== undefined && from?.lng !== undefined ? { lat: from.lat, lng: from.lng } : undefined
  const rows = await listStoreRows(db)
  return sortStores(rows.map((r) => toStore(r, origin)))
}

export async function getStore(db: Db, idOrSlug: string, from?: LatLng): Promise<Store | null> {
  const row = (await listStoreRows(db)).find((s) => s.id === idOrSlug || s.slug === idOrSlug)
  return row ? toStore(row, from) : null
}
