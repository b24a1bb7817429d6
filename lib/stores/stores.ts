import { asc, eq, or } from 'drizzle-orm'
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

export async function listStoreRows(db: Db): Promise<StoreRow[]> {
  return db.select().from(stores).orderBy(asc(stores.name))
}

export async function listStores(db: Db, from?: Partial<LatLng>): Promise<Store[]> {
  const origin = from?.lat !== undefined && from?.lng !== undefined ? { lat: from.lat, lng: from.lng } : undefined
  const rows = await listStoreRows(db)
  return sortStores(rows.map((r) => toStore(r, origin)))
}

export async function getStore(db: Db, idOrSlug: string, from?: LatLng): Promise<Store | null> {
  const [row] = await db
    .select()
    .from(stores)
    .where(or(eq(stores.id, idOrSlug), eq(stores.slug, idOrSlug)))
    .limit(1)
  return row ? toStore(row, from) : null
}
