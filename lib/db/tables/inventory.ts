// Stock per store and its ledger.
import { sql } from 'drizzle-orm'
import { bigserial, check, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'
import { variants, stores } from './catalog'

export const inventoryLevels = pgTable(
  'inventory_levels',
  {
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    onHand: integer('on_hand').notNull().default(0),
    reserved: integer('reserved').notNull().default(0),
    aisle: text('aisle'),
    bay: text('bay'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.storeId, t.variantId] }),
    index('inventory_levels_variant_idx').on(t.variantId),
    check('inventory_on_hand_nonneg', sql`${t.onHand} >= 0`),
    check('inventory_reserved_nonneg', sql`${t.reserved} >= 0`),
    check('inventory_available_nonneg', sql`${t.reserved} <= ${t.onHand}`),
  ],
)

export const movementKinds = [
  'receipt',
  'sale',
  'return',
  'transfer_out',
  'transfer_in',
  'damage',
  'count_adjustment',
  'hold',
  'release',
  'commit',
] as const
export type MovementKind = (typeof movementKinds)[number]

/** The perpetual stock ledger: every change to on_hand/reserved is one row here, in the same transaction. */
export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<MovementKind>().notNull(),
    /** Signed change of on_hand (holds/releases change reserved instead). */
    quantity: integer('quantity').notNull(),
    reason: text('reason').notNull(),
    actor: text('actor').notNull(),
    reference: text('reference'),
    createdAt: createdAt(),
  },
  (t) => [index('inventory_movements_level_idx').on(t.storeId, t.variantId, t.createdAt)],
)
