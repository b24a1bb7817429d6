import { sql } from 'drizzle-orm'
import {
  bigserial,
  boolean,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()

export const categories = pgTable('categories', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  position: integer('position').notNull(),
})

export const products = pgTable(
  'products',
  {
    id: text('id').primaryKey(),
    handle: text('handle').notNull().unique(),
    name: text('name').notNull(),
    brand: text('brand').notNull(),
    categoryId: text('category_id')
      .notNull()
      .references(() => categories.id),
    description: text('description').notNull(),
    materials: text('materials').notNull(),
    care: text('care').notNull(),
    /** Price in minor units (cents) of `currency`. */
    priceAmount: integer('price_amount').notNull(),
    /** Previous price in minor units when the product is on sale. */
    compareAtAmount: integer('compare_at_amount'),
    currency: text('currency').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    featured: boolean('featured').notNull().default(false),
    createdAt: createdAt(),
    /** Flat text the trigram index matches typos against. */
    searchText: text('search_text').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(brand, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(search_text, '')), 'C') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'D')`,
      ),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_search_idx').using('gin', t.searchVector),
    index('products_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('products_price_nonneg', sql`${t.priceAmount} >= 0`),
  ],
)

export const productColors = pgTable(
  'product_colors',
  {
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** URL-safe colour code, e.g. `navy`. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    hex: text('hex').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.code] })],
)

export const productImages = pgTable(
  'product_images',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    colorCode: text('color_code').notNull(),
    url: text('url').notNull(),
    alt: text('alt').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('product_images_product_idx').on(t.productId, t.colorCode, t.position)],
)

export const variants = pgTable(
  'variants',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sku: text('sku').notNull().unique(),
    /** The code as printed on the label (8, 12 or 13 digits). */
    gtin: text('gtin').notNull(),
    /** The same code zero-padded to GTIN-14: UPC-A and its EAN-13 form share it. */
    gtin14: text('gtin14').notNull().unique(),
    colorCode: text('color_code').notNull(),
    /** Null for one-size products. */
    size: text('size'),
    position: integer('position').notNull(),
  },
  (t) => [index('variants_product_idx').on(t.productId)],
)

export type OpeningHours = Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', { open: string; close: string } | null>

export const stores = pgTable('stores', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  addressLine1: text('address_line1').notNull(),
  city: text('city').notNull(),
  region: text('region').notNull(),
  postalCode: text('postal_code').notNull(),
  country: text('country').notNull(),
  phone: text('phone').notNull(),
  lat: doublePrecision('lat').notNull(),
  lng: doublePrecision('lng').notNull(),
  timezone: text('timezone').notNull(),
  hours: jsonb('hours').$type<OpeningHours>().notNull(),
})

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

export const reviews = pgTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    rating: smallint('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    authorName: text('author_name').notNull(),
    verifiedPurchase: boolean('verified_purchase').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('reviews_product_idx').on(t.productId, t.createdAt, t.id),
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
  ],
)

/** Outbox: state changes other screens must see, appended in the writer's transaction. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    storeId: text('store_id'),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('events_created_idx').on(t.createdAt)],
)

export const meta = pgTable('aisle_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
})


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

/** A known shopper (loyalty member). Email and phone are stored normalised, so one person is one row. */
export const members = pgTable('members', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  phone: text('phone').unique(),
  name: text('name').notNull(),
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
