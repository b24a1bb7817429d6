// Every v1 operation of the BFF, described with the same zod schemas its route handlers validate with.
import { z } from 'zod'
import type { Operation } from './operation'
import { accountOperations } from './ops/account'
import { walletOperations } from './ops/wallet'
import { privacyOperations } from './ops/privacy'
import { wishlistOperations } from './ops/wishlist'
import { pushOperations } from './ops/push'
import { Availability } from '../inventory/schemas'
import { Category, CodeMatch, ProductDetail, ProductList, ProductQuery, ReviewPage } from '../catalog/schemas'
import { CreateReservationInput, CustomerInput, ReservationView } from '../reservations/schemas'
import { SignInInput } from '../staff/auth'
import { StaffMovementInput, StaffSaleInput } from '../staff/stock'
import { StreamQuery } from '../realtime/query'
import { Store } from '../stores/schemas'
import {
  AvailabilityQuery,
  CancelInput,
  CodeParams,
  HandleParams,
  LatLngQuery,
  LookupInput,
  ReservationParams,
  ResolveInput,
  ReviewsQuery,
  StoreParams,
  StoreReservationsQuery,
} from './params'

const MovementResultView = z
  .object({
    movementId: z.number().int(),
    eventId: z.number().int(),
    kind: z.string(),
    quantity: z.number().int(),
    level: z.object({ storeId: z.string(), variantId: z.string(), onHand: z.number().int(), reserved: z.number().int(), available: z.number().int() }),
    displaced: z.array(z.object({ reservationId: z.string(), quantity: z.number().int(), status: z.string() })).describe('Reservations whose held units this movement took (now attention)'),
    receipt: z
      .object({ id: z.string(), number: z.string(), subtotal: z.number().int(), discount: z.number().int(), tax: z.number().int(), total: z.number().int(), currency: z.string(), pointsEarned: z.number().int() })
      .optional()
      .describe("A sale with a member card: the member's receipt (amounts in minor units)"),
    member: z.object({ name: z.string(), tier: z.string(), points: z.number().int() }).optional().describe('A sale with a member card: who earned the points, and their balance after'),
    receiptId: z.string().optional().describe('A return against a receipt (receiptCode): which receipt'),
    pointsReversed: z.number().int().optional().describe("A return against a member's receipt: the points taken back (never below a zero balance)"),
  })
  .meta({ id: 'MovementResult' })


const idempotencyHeader = { name: 'Idempotency-Key', description: 'Any unique string (8-100 printable characters): a retry with the same key and body returns the same reservation and holds nothing more.' }

/** Every v1 operation, with the same zod schemas the route handlers validate with. */
export type { Operation }

export const operations: Operation[] = [
  {
    path: '/products',
    operationId: 'listProducts',
    summary: 'Browse and search products (full-text with typo tolerance), with facets',
    query: ProductQuery,
    response: ProductList,
    errors: [400],
  },
  { path: '/categories', operationId: 'listCategories', summary: 'Categories', response: z.array(Category), errors: [] },
  {
    path: '/products/by-code/{code}',
    operationId: 'findByCode',
    summary: 'Resolve a barcode (GTIN), SKU or shelf-tag URL to a product and its variant',
    pathParams: CodeParams,
    response: CodeMatch,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}',
    operationId: 'getProduct',
    summary: 'One product with colours, gallery, sizes and variants',
    pathParams: HandleParams,
    response: ProductDetail,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}/availability',
    operationId: 'getAvailability',
    summary: 'Stock of each variant per store, nearest store first',
    pathParams: HandleParams,
    query: AvailabilityQuery,
    response: Availability,
    errors: [400, 404],
  },
  {
    path: '/products/{handle}/reviews',
    operationId: 'listReviews',
    summary: 'Reviews, newest first, with a rating histogram',
    pathParams: HandleParams,
    query: ReviewsQuery,
    response: ReviewPage,
    errors: [400, 404],
  },
  {
    path: '/stores',
    operationId: 'listStores',
    summary: 'Stores, nearest first when a location is given',
    query: LatLngQuery,
    response: z.array(Store),
    errors: [400],
  },
  {
    path: '/stores/{id}',
    operationId: 'getStore',
    summary: 'One store by id or slug',
    pathParams: StoreParams,
    response: Store,
    errors: [404],
  },
  {
    path: '/reservations',
    method: 'post',
    operationId: 'createReservation',
    summary: 'Reserve for pickup: holds stock atomically; without a customer it is a short cart hold to confirm',
    body: CreateReservationInput,
    headers: [idempotencyHeader],
    status: 201,
    response: ReservationView,
    errors: [400, 404, 409, 415, 422],
  },
  {
    path: '/reservations/{id}',
    operationId: 'getReservation',
    summary: "A reservation, for its owner (the link's key) or the store's staff",
    pathParams: ReservationParams,
    auth: ['reservationKey', 'staff'],
    response: ReservationView,
    errors: [400, 401, 403, 404],
  },
  {
    path: '/reservations/{id}/confirm',
    method: 'post',
    operationId: 'confirmReservation',
    summary: 'Turn a cart hold into a placed reservation with the contact details',
    pathParams: ReservationParams,
    body: CustomerInput,
    auth: ['reservationKey'],
    response: ReservationView,
    errors: [400, 404, 409],
  },
  {
    path: '/reservations/{id}/extend',
    method: 'post',
    operationId: 'extendHold',
    summary: 'Keep a cart hold while the shopper is on the final step (capped)',
    pathParams: ReservationParams,
    auth: ['reservationKey'],
    response: ReservationView,
    errors: [404, 409],
  },
  {
    path: '/reservations/{id}/cancel',
    method: 'post',
    operationId: 'cancelReservation',
    summary: 'Cancel (owner, or staff with a reason sent to the shopper); the stock goes back at once',
    pathParams: ReservationParams,
    body: CancelInput,
    auth: ['reservationKey', 'staff'],
    response: ReservationView,
    errors: [400, 401, 403, 404, 409],
  },
  {
    path: '/reservations/{id}/ready',
    method: 'post',
    operationId: 'markReservationReady',
    summary: 'Staff: picked and set aside; the shopper is emailed',
    pathParams: ReservationParams,
    auth: ['staff'],
    response: ReservationView,
    errors: [401, 403, 404, 409],
  },
  {
    path: '/reservations/{id}/collect',
    method: 'post',
    operationId: 'collectReservation',
    summary: 'Staff: handed over; the held units leave stock',
    pathParams: ReservationParams,
    auth: ['staff'],
    response: ReservationView,
    errors: [401, 403, 404, 409],
  },
  {
    path: '/reservations/{id}/resolve',
    method: 'post',
    operationId: 'resolveReservation',
    summary: 'Staff: re-hold the missing units of an attention reservation, or (managers) transfer them in from another store',
    pathParams: ReservationParams,
    body: ResolveInput,
    auth: ['staff'],
    response: ReservationView,
    errors: [400, 401, 403, 404, 409],
  },
  {
    path: '/reservations/lookup',
    method: 'post',
    operationId: 'lookupPickup',
    summary: "Staff: the reservation for a scanned pickup QR or a typed pickup code at the staff member's store",
    body: LookupInput,
    auth: ['staff'],
    response: ReservationView,
    errors: [400, 401, 404, 409],
  },
  {
    path: '/stores/{id}/reservations',
    operationId: 'listStoreReservations',
    summary: "Staff: the store's reservations by status",
    pathParams: StoreParams,
    query: StoreReservationsQuery,
    auth: ['staff'],
    response: z.array(ReservationView),
    errors: [400, 401, 403, 404],
  },
  {
    path: '/stores/{id}/sales',
    method: 'post',
    operationId: 'recordSale',
    summary: 'Staff: an in-store sale; a held unit sold at the till flags its reservation for attention',
    pathParams: StoreParams,
    body: StaffSaleInput,
    auth: ['staff'],
    status: 201,
    response: MovementResultView,
    errors: [400, 401, 403, 404, 409],
  },
  {
    path: '/stores/{id}/movements',
    method: 'post',
    operationId: 'recordMovement',
    summary: 'Staff: receipt, return, damage, cycle count or transfer (damage, counts and transfers are for managers)',
    pathParams: StoreParams,
    body: StaffMovementInput,
    auth: ['staff'],
    status: 201,
    response: MovementResultView,
    errors: [400, 401, 403, 404, 409],
  },
  {
    path: '/staff/session',
    method: 'post',
    operationId: 'staffSignIn',
    summary: 'Staff sign-in with staff id and PIN; sets the staff session cookie. Five wrong PINs lock the account for 15 minutes',
    body: SignInInput,
    status: 201,
    response: z.object({ staff: z.object({ id: z.string(), storeId: z.string(), name: z.string(), role: z.enum(['associate', 'manager']) }), expiresAt: z.string() }),
    errors: [400, 401, 423],
  },
  {
    path: '/stream',
    operationId: 'streamEvents',
    summary:
      'Server-Sent Events: `stock.changed` as changes commit (`id` is the event id; `data` the payload with storeId and createdAt), `reservation.changed` for its key holder or its store\'s staff, `ready` after any replay, `reset` when a gap is too large to replay, `health` when the feed behind the stream goes down or comes back; a `: hb` comment every 15 s',
    query: StreamQuery,
    headers: [{ name: 'Last-Event-ID', description: 'Resume after this event id (browsers send it when they reconnect)' }],
    contentType: 'text/event-stream',
    response: z.string(),
    errors: [400, 401, 403, 404],
  },
  ...accountOperations,
  ...walletOperations,
  ...privacyOperations,
  ...wishlistOperations,
  ...pushOperations,
]
