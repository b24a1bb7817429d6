import { count, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import type { Db } from '@/lib/db/client'
import * as t from '@/lib/db/schema'
import { seedDemoStaff } from '../staff/demo'
import { DEMO_SEED_VERSION } from './constants'
import { generateDemoData } from './generate'

const CHUNK = 1000

/** Children before parents, so a reset never trips a foreign key. */
const deleteOrder: PgTable[] = [
  t.loyaltyLedger,
  t.loyaltyAccounts,
  t.members,
  t.mailOutbox,
  t.reservationLines,
  t.reservations,
  t.staffSessions,
  t.staff,
  t.events,
  t.meta,
  t.reviews,
  t.inventoryMovements,
  t.inventoryLevels,
  t.productImages,
  t.variants,
  t.productColors,
  t.products,
  t.categories,
  t.stores,
]

async function insertChunks<T extends PgTable>(tx: Db, table: T, rows: T['$inferInsert'][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + CHUNK))
  }
}

async function hasProducts(tx: Db): Promise<boolean> {
  const [row] = await tx.select({ n: count() }).from(t.products)
  return row.n > 0
}

async function insertAll(tx: Db): Promise<void> {
  const data = generateDemoData()
  await insertChunks(tx, t.categories, data.categories)
  await insertChunks(tx, t.stores, data.stores)
  await insertChunks(tx, t.products, data.products)
  await insertChunks(tx, t.productColors, data.productColors)
  await insertChunks(tx, t.productImages, data.productImages)
  await insertChunks(tx, t.variants, data.variants)
  await insertChunks(tx, t.inventoryLevels, data.inventoryLevels)
  await insertChunks(tx, t.inventoryMovements, data.inventoryMovements)
  await insertChunks(tx, t.reviews, data.reviews)
  await seedDemoStaff(tx, data.stores)
  await tx
    .insert(t.meta)
    .values({ key: 'demo_seed_version', value: DEMO_SEED_VERSION })
    .onConflictDoUpdate({ target: t.meta.key, set: { value: DEMO_SEED_VERSION } })
}

/** Inserts the whole demo catalogue, stores, stock and reviews in one transaction. */
export async function seedDemo(db: Db, opts: { reset?: boolean } = {}): Promise<void> {
  await db.transaction(async (tx) => {
    if (opts.reset) {
      for (const table of deleteOrder) await tx.delete(table)
    }
    await insertAll(tx)
  })
}

/**
 * Seeds a fresh database and leaves a used one alone. Several app instances may start together
 * on one PostgreSQL: the advisory lock makes the others wait, then find products and skip.
 */
export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (await hasProducts(db)) {
    // A database seeded before staff accounts existed gets its demo staff now.
    const [staff] = await db.select({ n: count() }).from(t.staff)
    if (staff.n === 0) await seedDemoStaff(db, await db.select({ id: t.stores.id, slug: t.stores.slug }).from(t.stores))
    return false
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('aisle:seed'))`)
    if (await hasProducts(tx)) return false
    await insertAll(tx)
    return true
  })
}
