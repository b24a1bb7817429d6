// Shoppers who sign in: sessions, sign-in codes, passkeys, identity merges, wishlist, consents,
// privacy requests, receipts and push subscriptions. Personal data lives only in `members`,
// `sign_in_codes` (the email) and what the member chose to keep; everything else refers to ids.
import { sql } from 'drizzle-orm'
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import { createdAt } from './columns'
import { stores } from './catalog'
import { members } from './loyalty'

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
export const memberSessions = pgTable(
  'member_sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    method: text('method').notNull(),
    createdAt: createdAt(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('member_sessions_member_idx').on(t.memberId)],
)

/** A one-time email code: 6 digits, kept as a hash, 10 minutes, 5 tries. */
export const signInCodes = pgTable(
  'sign_in_codes',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: at('expires_at').notNull(),
    consumedAt: at('consumed_at'),
    createdAt: createdAt(),
  },
  (t) => [index('sign_in_codes_email_idx').on(t.email, t.createdAt)],
)

/** Fixed-window counters (`bucket` names what is limited, e.g. a hashed email or an IP). */
export const rateLimits = pgTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  windowStart: at('window_start').notNull(),
  count: integer('count').notNull(),
})

/** A WebAuthn credential (passkey) registered by a member. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: text('id').primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    counter: integer('counter').notNull().default(0),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull().default(false),
    name: text('name').notNull(),
    createdAt: createdAt(),
    lastUsedAt: at('last_used_at'),
  },
  (t) => [index('passkeys_member_idx').on(t.memberId)],
)

/** A pending WebAuthn ceremony; each challenge is used once. */
export const webauthnChallenges = pgTable('webauthn_challenges', {
  id: text('id').primaryKey(),
  challenge: text('challenge').notNull(),
  kind: text('kind').$type<'register' | 'authenticate'>().notNull(),
  memberId: text('member_id').references(() => members.id, { onDelete: 'cascade' }),
  expiresAt: at('expires_at').notNull(),
})

/** The audit of identity resolution: a visitor or a duplicate profile folded into a member. */
export const identityMerges = pgTable(
  'identity_merges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').$type<'visitor' | 'duplicate'>().notNull(),
    fromId: text('from_id').notNull(),
    intoMemberId: text('into_member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    detail: jsonb('detail').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('identity_merges_member_idx').on(t.intoMemberId)],
)

/**
 * Wishlist: a product (optionally one colour) saved by a member or, before sign-in, by an
 * anonymous visitor id. Exactly one owner per row.
 */
export const wishlistItems = pgTable(
  'wishlist_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: text('member_id').references(() => members.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id'),
    productId: text('product_id').notNull(),
    colorId: text('color_id'),
    createdAt: createdAt(),
  },
  (t) => [
    check('wishlist_one_owner', sql`(${t.memberId} is null) <> (${t.visitorId} is null)`),
    uniqueIndex('wishlist_member_product_idx').on(t.memberId, t.productId).where(sql`${t.memberId} is not null`),
    uniqueIndex('wishlist_visitor_product_idx').on(t.visitorId, t.productId).where(sql`${t.visitorId} is not null`),
  ],
)

/** Scans a member made (the browser keeps its own last 20; at sign-in they merge here). */
export const scanHistory = pgTable(
  'scan_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    productId: text('product_id'),
    scannedAt: at('scanned_at').notNull(),
  },
  (t) => [uniqueIndex('scan_history_once_idx').on(t.memberId, t.code, t.scannedAt)],
)

export const consentPurposes = ['marketing_email', 'personalised_recommendations', 'in_store_recognition'] as const
export type ConsentPurpose = (typeof consentPurposes)[number]

/** A member's current choice per purpose; every change is also a row in `consent_log`. */
export const consents = pgTable(
  'consents',
  {
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    granted: boolean('granted').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.memberId, t.purpose] })],
)

export const consentLog = pgTable(
  'consent_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    memberId: text('member_id')
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<ConsentPurpose>().notNull(),
    granted: boolean('granted').notNull(),
    source: text('source').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('consent_log_member_idx').on(t.memberId, t.createdAt)],
)

/**
 * Export and erasure requests. `subject` is an HMAC of the member id, so the log survives the
 * erasure it records without holding who it was about in the clear.
 */
export const privacyRequests = pgTable('privacy_requests', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<'export' | 'delete'>().notNull(),
  subject: text('subject').notNull(),
  memberId: text('member_id').references(() => members.id, { onDelete: 'set null' }),
  source: text('source').notNull(),
  createdAt: createdAt(),
  completedAt: at('completed_at'),
})

/**
 * A completed purchase. Kept for accounting after the member is erased (member_id set null);
 * lines describe products, never people.
 */
export const receipts = pgTable(
  'receipts',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    memberId: text('member_id').references(() => members.id, { onDelete: 'set null' }),
    storeId: text('store_id').references(() => stores.id),
    channel: text('channel').$type<'online' | 'in-store' | 'pickup'>().notNull(),
    reference: text('reference').notNull().unique(),
    currency: text('currency').notNull(),
    subtotal: integer('subtotal').notNull(),
    discount: integer('discount').notNull().default(0),
    tax: integer('tax').notNull(),
    total: integer('total').notNull(),
    tender: jsonb('tender').notNull(),
    pointsEarned: integer('points_earned').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('receipts_member_idx').on(t.memberId, t.createdAt)],
)

export const receiptLines = pgTable(
  'receipt_lines',
  {
    receiptId: text('receipt_id')
      .notNull()
      .references(() => receipts.id, { onDelete: 'cascade' }),
    lineNo: integer('line_no').notNull(),
    variantId: text('variant_id').notNull(),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    detail: text('detail').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    lineTotal: integer('line_total').notNull(),
  },
  (t) => [primaryKey({ columns: [t.receiptId, t.lineNo] })],
)

/** A browser's Web Push subscription, for a member or an anonymous visitor. */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    endpoint: text('endpoint').primaryKey(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    memberId: text('member_id').references(() => members.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id'),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [index('push_member_idx').on(t.memberId), index('push_visitor_idx').on(t.visitorId)],
)
