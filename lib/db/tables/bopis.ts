// Staff, reservations for pickup, and the mail they send.
import { sql } from 'drizzle-orm'
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'
import { variants, stores } from './catalog'

export const staffRoles = ['associate', 'manager'] as const
export type StaffRole = (typeof staffRoles)[number]

/** Store staff. The PIN is kept only as a slow hash (scrypt); repeated failures lock the account. */
export const staff = pgTable(
  'staff',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    name: text('name').notNull(),
    role: text('role').$type<StaffRole>().notNull(),
    pinHash: text('pin_hash').notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [check('staff_role_known', sql`${t.role} in ('associate', 'manager')`)],
)

/** Staff sign-in sessions; only the token's SHA-256 is stored. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: text('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('staff_sessions_staff_idx').on(t.staffId)],
)

export const reservationStatuses = ['held', 'pending', 'ready', 'collected', 'cancelled', 'expired', 'attention'] as const
export type ReservationStatus = (typeof reservationStatuses)[number]

/** A BOPIS order: stock held at one store for one shopper until it is collected, cancelled or expires. */
export const reservations = pgTable(
  'reservations',
  {
    id: text('id').primaryKey(),
    storeId: text('store_id')
      .notNull()
      .references(() => stores.id),
    status: text('status').$type<ReservationStatus>().notNull(),
    customerName: text('customer_name'),
    customerEmail: text('customer_email'),
    customerPhone: text('customer_phone'),
    /** The signed-in member, or the anonymous visitor whose reservations merge into a member at sign-in. */
    memberId: text('member_id'),
    visitorId: text('visitor_id'),
    /** Short human code said or typed at the desk; unique among the store's open reservations. */
    pickupCode: text('pickup_code').notNull(),
    idempotencyKey: text('idempotency_key').unique(),
    requestHash: text('request_hash'),
    /** A cart hold ('held') lapses at this time unless confirmed or extended. */
    holdExpiresAt: timestamp('hold_expires_at', { withTimezone: true, mode: 'date' }),
    /** A placed reservation not collected by this time expires. */
    pickupBy: timestamp('pickup_by', { withTimezone: true, mode: 'date' }),
    attentionReason: text('attention_reason'),
    cancelReason: text('cancel_reason'),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true, mode: 'date' }),
    placedAt: timestamp('placed_at', { withTimezone: true, mode: 'date' }),
    readyAt: timestamp('ready_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('reservations_store_status_idx').on(t.storeId, t.status, t.createdAt),
    index('reservations_hold_expiry_idx').on(t.holdExpiresAt),
    index('reservations_pickup_by_idx').on(t.pickupBy),
    index('reservations_member_idx').on(t.memberId),
    index('reservations_visitor_idx').on(t.visitorId),
    // A code is said across a desk: it must name one open reservation at its store.
    uniqueIndex('reservations_open_pickup_code_idx')
      .on(t.storeId, t.pickupCode)
      .where(sql`status in ('held', 'pending', 'ready', 'attention')`),
    check('reservations_status_known', sql`${t.status} in ('held','pending','ready','collected','cancelled','expired','attention')`),
  ],
)

/** One variant of a reservation; `held` is how many of `quantity` currently hold stock. */
export const reservationLines = pgTable(
  'reservation_lines',
  {
    reservationId: text('reservation_id')
      .notNull()
      .references(() => reservations.id, { onDelete: 'cascade' }),
    variantId: text('variant_id')
      .notNull()
      .references(() => variants.id),
    quantity: integer('quantity').notNull(),
    held: integer('held').notNull(),
    unitPrice: integer('unit_price').notNull(),
    currency: text('currency').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reservationId, t.variantId] }),
    index('reservation_lines_variant_idx').on(t.variantId),
    check('reservation_lines_quantity_positive', sql`${t.quantity} > 0`),
    check('reservation_lines_held_range', sql`${t.held} between 0 and ${t.quantity}`),
  ],
)

/** Outgoing email, written in the transaction that caused it and sent after (SMTP, or the dev outbox). */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    to: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('body_text').notNull(),
    html: text('body_html').notNull(),
    kind: text('kind').notNull(),
    reference: text('reference'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [index('mail_outbox_unsent_idx').on(t.sentAt, t.id), index('mail_outbox_reference_idx').on(t.reference)],
)
