// "Download my data": everything held about a member, as one JSON document. Secrets that are ours,
// not theirs (session token hashes, passkey public keys, push keys) are left out; the rest is in.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { UnknownMember } from '../loyalty/ledger'
import { tierOf } from '../loyalty/policy'
import { getSecret } from '../secret'
import { completeRequest, openRequest } from './requests'
import { privacySubject } from './subject'

export const EXPORT_FORMAT = 'aisle.member-export.v1'

/** One JSON value computed by the database (an aggregate or an object). */
async function value(db: Db, q: SQL): Promise<unknown> {
  const [row] = await rows<{ v: unknown }>(db, q)
  return row?.v ?? null
}

/** Rows as a JSON array (empty when none), in the given order. */
const list = (db: Db, object: SQL, from: SQL, order: SQL) => value(db, sql`select coalesce(jsonb_agg(${object} order by ${order}), '[]'::jsonb) as v from ${from}`)

export async function exportMemberData(db: Db, memberId: string, source: string): Promise<Record<string, unknown>> {
  const secret = await getSecret(db)
  const [member] = await rows<{ id: string }>(db, sql`select id from members where id = ${memberId}`)
  if (!member) throw new UnknownMember()
  const subject = privacySubject(secret, memberId)
  const requestId = await openRequest(db, { kind: 'export', subject, memberId, source })
  const m = sql`${memberId}`

  const profile = await value(
    db,
    sql`select jsonb_build_object('id', id, 'email', email, 'name', name, 'phone', phone, 'walletId', wallet_id, 'createdAt', created_at) as v from members where id = ${m}`,
  )
  const account = (await rows<{ points: number; lifetime: number; updated_at: unknown }>(db, sql`select points, lifetime, updated_at from loyalty_accounts where member_id = ${m}`))[0]
  const data = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    profile,
    consents: await list(db, sql`jsonb_build_object('purpose', purpose, 'granted', granted, 'updatedAt', updated_at)`, sql`consents where member_id = ${m}`, sql`purpose`),
    consentLog: await list(db, sql`jsonb_build_object('purpose', purpose, 'granted', granted, 'source', source, 'at', created_at)`, sql`consent_log where member_id = ${m}`, sql`created_at, id`),
    loyalty: {
      account: account ? { points: Number(account.points), lifetime: Number(account.lifetime), tier: tierOf(Number(account.lifetime)).tier.id, updatedAt: account.updated_at } : null,
      ledger: await list(
        db,
        sql`jsonb_build_object('kind', kind, 'points', points, 'channel', channel, 'reference', reference, 'reason', reason, 'at', created_at)`,
        sql`loyalty_ledger where member_id = ${m}`,
        sql`created_at, id`,
      ),
    },
    receipts: await list(
      db,
      sql`jsonb_build_object('id', r.id, 'number', r.number, 'storeId', r.store_id, 'channel', r.channel, 'currency', r.currency,
            'subtotal', r.subtotal, 'discount', r.discount, 'tax', r.tax, 'total', r.total, 'tender', r.tender, 'pointsEarned', r.points_earned, 'createdAt', r.created_at,
            'lines', (select coalesce(jsonb_agg(jsonb_build_object('sku', l.sku, 'name', l.name, 'detail', l.detail, 'quantity', l.quantity, 'unitPrice', l.unit_price, 'lineTotal', l.line_total) order by l.line_no), '[]'::jsonb)
                      from receipt_lines l where l.receipt_id = r.id))`,
      sql`receipts r where r.member_id = ${m}`,
      sql`r.created_at, r.id`,
    ),
    reservations: await list(
      db,
      sql`jsonb_build_object('id', r.id, 'storeId', r.store_id, 'status', r.status, 'customerName', r.customer_name, 'customerEmail', r.customer_email,
            'customerPhone', r.customer_phone, 'createdAt', r.created_at, 'placedAt', r.placed_at, 'closedAt', r.closed_at,
            'lines', (select coalesce(jsonb_agg(jsonb_build_object('sku', v.sku, 'product', p.name, 'quantity', l.quantity, 'unitPrice', l.unit_price, 'currency', l.currency) order by v.sku), '[]'::jsonb)
                      from reservation_lines l join variants v on v.id = l.variant_id join products p on p.id = v.product_id where l.reservation_id = r.id))`,
      sql`reservations r where r.member_id = ${m}`,
      sql`r.created_at, r.id`,
    ),
    wishlist: await list(
      db,
      sql`jsonb_build_object('productId', w.product_id, 'product', p.name, 'color', w.color_id, 'savedAt', w.created_at)`,
      sql`wishlist_items w left join products p on p.id = w.product_id where w.member_id = ${m}`,
      sql`w.created_at, w.id`,
    ),
    scanHistory: await list(db, sql`jsonb_build_object('code', code, 'productId', product_id, 'scannedAt', scanned_at)`, sql`scan_history where member_id = ${m}`, sql`scanned_at, id`),
    sessions: await list(
      db,
      sql`jsonb_build_object('id', id, 'method', method, 'createdAt', created_at, 'lastSeenAt', last_seen_at, 'expiresAt', expires_at, 'revokedAt', revoked_at)`,
      sql`member_sessions where member_id = ${m}`,
      sql`created_at, id`,
    ),
    passkeys: await list(
      db,
      sql`jsonb_build_object('id', id, 'name', name, 'deviceType', device_type, 'backedUp', backed_up, 'transports', to_jsonb(transports), 'createdAt', created_at, 'lastUsedAt', last_used_at)`,
      sql`passkeys where member_id = ${m}`,
      sql`created_at, id`,
    ),
    // The endpoint's path is a capability for sending to the device: only its origin (the push service) is theirs to know.
    pushSubscriptions: await list(
      db,
      sql`jsonb_build_object('service', substring(endpoint from '^[a-z]+://[^/]+'), 'topics', to_jsonb(topics), 'createdAt', created_at)`,
      sql`push_subscriptions where member_id = ${m}`,
      sql`created_at, endpoint`,
    ),
    identityMerges: await list(
      db,
      sql`jsonb_build_object('kind', kind, 'from', from_id, 'detail', detail, 'at', created_at)`,
      sql`identity_merges where into_member_id = ${m}`,
      sql`created_at, id`,
    ),
    privacyRequests: await list(
      db,
      sql`jsonb_build_object('id', id, 'kind', kind, 'source', source, 'createdAt', created_at, 'completedAt', completed_at)`,
      sql`privacy_requests where member_id = ${m} or subject = ${subject}`,
      sql`created_at, id`,
    ),
  }
  await completeRequest(db, requestId)
  return data
}
