import { sql } from 'drizzle-orm'
import { findByCode } from '../catalog/by-code'
import { getProductBy } from '../catalog/product'
import type { ProductDetail } from '../catalog/schemas'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { distanceKm } from '../geo/distance'
import { getForStaff, type ReservationView } from '../reservations'
import { authorize, type StaffMember } from './roles'

// Reads for the staff screens (pickup desk, stock desk). Writes stay with reservations and inventory.

/** Where a variant sits in one store and how many of it there are. */
export type ShelfStock = { aisle: string | null; bay: string | null; onHand: number; reserved: number; available: number }

type LevelRow = { variant_id: string; aisle: string | null; bay: string | null; on_hand: number | string; reserved: number | string }

const shelfStock = (r: LevelRow): ShelfStock => ({
  aisle: r.aisle,
  bay: r.bay,
  onHand: num(r.on_hand),
  reserved: num(r.reserved),
  available: num(r.on_hand) - num(r.reserved),
})

const inList = (values: string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `)

/** Aisle, bay and stock of each variant at the staff member's store: where to pick a reservation from. */
export async function pickLocations(db: Db, staff: StaffMember | null, storeId: string, variantIds: string[]): Promise<Map<string, ShelfStock>> {
  authorize(staff, 'reservations:read', storeId)
  const ids = [...new Set(variantIds)]
  if (ids.length === 0) return new Map()
  const found = await rows<LevelRow>(
    db,
    sql`select variant_id, aisle, bay, on_hand, reserved from inventory_levels where store_id = ${storeId} and variant_id in (${inList(ids)})`,
  )
  return new Map(found.map((r) => [r.variant_id, shelfStock(r)]))
}

/** Reservations of the store that were collected, cancelled or expired since midnight in the store's time zone, newest first. */
export async function closedToday(db: Db, staff: StaffMember | null, storeId: string, limit = 30, now = new Date()): Promise<ReservationView[]> {
  authorize(staff, 'reservations:read', storeId)
  const found = await rows<{ id: string }>(
    db,
    sql`select r.id from reservations r join stores s on s.id = r.store_id
        where r.store_id = ${storeId} and r.status in ('collected', 'cancelled', 'expired')
          and r.closed_at >= (date_trunc('day', ${now.toISOString()}::timestamptz at time zone s.timezone) at time zone s.timezone)
        order by r.closed_at desc, r.id limit ${Math.min(Math.max(1, limit), 100)}`,
  )
  const views: ReservationView[] = []
  for (const r of found) views.push(await getForStaff(db, staff, r.id))
  return views
}

/** A store that can send every missing unit of a reservation; `available` is the least it has of any one of them. */
export type TransferSource = { storeId: string; name: string; available: number; distanceKm: number }

/**
 * Stores that have enough available stock of every unit an `attention` reservation is missing, so
 * a manager can transfer them in (one transfer re-sources the whole reservation), nearest first.
 */
export async function transferSources(db: Db, staff: StaffMember | null, reservation: ReservationView, limit = 3): Promise<TransferSource[]> {
  authorize(staff, 'reservations:transfer', reservation.store.id)
  const missing = reservation.lines.filter((l) => l.held < l.quantity).map((l) => ({ variantId: l.variantId, quantity: l.quantity - l.held }))
  if (missing.length === 0) return []
  const found = await rows<{ id: string; name: string; lat: number; lng: number; variant_id: string; available: number | string }>(
    db,
    sql`select s.id, s.name, s.lat, s.lng, l.variant_id, l.on_hand - l.reserved as available
        from inventory_levels l join stores s on s.id = l.store_id
        where l.store_id <> ${reservation.store.id} and l.variant_id in (${inList(missing.map((m) => m.variantId))})`,
  )
  const [here] = await rows<{ lat: number; lng: number }>(db, sql`select lat, lng from stores where id = ${reservation.store.id}`)
  const byStore = new Map<string, { name: string; lat: number; lng: number; levels: Map<string, number> }>()
  for (const r of found) {
    const s = byStore.get(r.id) ?? { name: r.name, lat: r.lat, lng: r.lng, levels: new Map<string, number>() }
    s.levels.set(r.variant_id, num(r.available))
    byStore.set(r.id, s)
  }
  return [...byStore.entries()]
    .filter(([, s]) => missing.every((m) => (s.levels.get(m.variantId) ?? 0) >= m.quantity))
    .map(([id, s]) => ({
      storeId: id,
      name: s.name,
      available: Math.min(...missing.map((m) => s.levels.get(m.variantId) ?? 0)),
      distanceKm: here ? Math.round(distanceKm(here, s) * 10) / 10 : 0,
    }))
    .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name))
    .slice(0, limit)
}

/** One sellable item as the stock desk shows it, with its stock at the staff member's store (null: not stocked there). */
export type StockItem = {
  variantId: string
  sku: string
  gtin: string
  productName: string
  brand: string
  handle: string
  colorName: string
  size: string | null
  image: { url: string; alt: string } | null
  price: { amount: number; currency: string }
  stock: ShelfStock | null
}

/** What was scanned or typed at the stock desk (GTIN, SKU or shelf-tag URL), or a variant id → the item and its stock here. */
export async function stockItem(db: Db, staff: StaffMember | null, storeId: string, find: { code: string } | { variantId: string }): Promise<StockItem> {
  authorize(staff, 'stock:sale', storeId)
  let product: ProductDetail | null = null
  let variantId: string | undefined
  if ('code' in find) {
    const text = find.code.trim().slice(0, 512)
    const match = text ? await findByCode(db, text) : null
    if (!match) throw new DomainError('code-not-found', 404, 'Code not found', `Nothing we carry has the code ${text.slice(0, 64) || '(empty)'}.`, { code: text.slice(0, 64) })
    product = match.product
    variantId = match.variant.id
  } else {
    const [hit] = await rows<{ product_id: string }>(db, sql`select product_id from variants where id = ${find.variantId.slice(0, 60)}`)
    product = hit ? await getProductBy(db, 'id', hit.product_id) : null
    variantId = find.variantId
  }
  const variant = product?.variants.find((v) => v.id === variantId)
  if (!product || !variant) throw new DomainError('variant-not-found', 404, 'Variant not found', 'That item is no longer in the catalogue.')
  const color = product.colors.find((c) => c.code === variant.colorCode)
  const [level] = await rows<LevelRow>(
    db,
    sql`select variant_id, aisle, bay, on_hand, reserved from inventory_levels where store_id = ${storeId} and variant_id = ${variant.id}`,
  )
  return {
    variantId: variant.id,
    sku: variant.sku,
    gtin: variant.gtin,
    productName: product.name,
    brand: product.brand,
    handle: product.handle,
    colorName: color?.name ?? variant.colorCode,
    size: variant.size,
    image: color ? { url: color.image.url, alt: color.image.alt } : null,
    price: product.price,
    stock: level ? shelfStock(level) : null,
  }
}
