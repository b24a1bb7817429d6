// Members and their points.
import { sql } from 'drizzle-orm'
import { bigserial, check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'

/** A known shopper (loyalty member). Email and phone are stored normalised, so one person is one row. */
export const members = pgTable('members', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  phone: text('phone').unique(),
  name: text('name').notNull(),
  /** Opaque id the wallet card's token carries instead of the member id; a new one revokes every card and pass. */
  walletId: text('wallet_id').unique(),
  createdAt: createdAt(),
})

/** A member's points: `points` to spend (never negative), `lifetime` earned (sets the tier). */
export const loyaltyAccounts = pgTable(
  'loyalty_accounts',
  {
    memberId: text('member_id')
      .primaryKey()
      .references(() => members.id, { onDelete: 'cascade' }),
    points: integer('points').notNull().default(0),
    lifetime: integer('lifetime').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [check('loyalty_points_nonneg', sql`${t.points} >= 0`), check('loyalty_lifetime_nonneg', sql`${t.lifetime} >= 0`)],
)

export const loyaltyKinds = ['earn', 'redeem', 'reverse', 'adjust'] as const
export type LoyaltyKind = (typeof loyaltyKinds)[number]

/** The points ledger: every change of a balance is a row, written with it. One earn per purchase reference. */
export const loyaltyLedger = pgTable(
  'loyalty_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<LoyaltyKind>().notNull(),
    points: integer('points').notNull(),
    channel: text('channel').notNull(),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('loyalty_ledger_member_idx').on(t.memberId, t.createdAt),
    uniqueIndex('loyalty_ledger_once_idx').on(t.memberId, t.kind, t.reference),
  ],
)
