import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import type { LoyaltyKind } from '../db/schema'
import { getBalance } from '../loyalty/ledger'
import { rewards, tierOf } from '../loyalty/policy'
import { newestEventId } from '../realtime/events'
import { listReceipts } from '../receipts/read'
import { views, type ReservationRow } from '../reservations/read'
import { applePassConfigured, googlePassConfigured } from './pass-config'
import type { WalletView } from './schemas'
import { issueWalletToken } from './token'

const ACTIVITY_LIMIT = 50

/**
 * Everything the wallet page shows, for the signed-in member only: a freshly signed card code,
 * points and tier, rewards, the points ledger across channels, receipts and open reservations.
 */
export async function getWallet(db: Db, member: { memberId: string; name: string }, now = new Date()): Promise<WalletView> {
  const { memberId } = member
  // The cursor first: a change committed after it is replayed by the member stream, so none is missed.
  const since = await newestEventId(db)
  const card = await issueWalletToken(db, memberId, { now })
  const [balance, receipts, ledger, open] = await Promise.all([
    getBalance(db, memberId),
    listReceipts(db, memberId),
    rows<{ id: number | string; kind: LoyaltyKind; points: number | string; channel: string; reason: string; created_at: Date | string; receipt_id: string | null; receipt_number: string | null }>(
      db,
      sql`select l.id, l.kind, l.points, l.channel, l.reason, l.created_at, r.id as receipt_id, r.number as receipt_number
          from loyalty_ledger l left join receipts r on r.reference = l.reference and r.member_id = l.member_id
          where l.member_id = ${memberId} order by l.created_at desc, l.id desc limit ${ACTIVITY_LIMIT}`,
    ),
    rows<ReservationRow>(
      db,
      sql`select * from reservations where member_id = ${memberId} and status in ('pending', 'ready', 'attention') order by coalesce(pickup_by, created_at), id limit 20`,
    ),
  ])
  const reservations = await views(db, open, { owner: true })
  const tier = tierOf(balance.lifetime)
  return {
    member: { id: memberId, name: member.name },
    card,
    loyalty: {
      points: balance.points,
      lifetime: balance.lifetime,
      tier: { id: tier.tier.id, name: tier.tier.name },
      nextTier: tier.next ? { id: tier.next.id, name: tier.next.name, from: tier.next.from } : null,
      toNextTier: tier.toNext,
      progress: tier.progress,
    },
    rewards: rewards.map((r) => ({ id: r.id, name: r.name, points: r.points, amountOff: { amount: r.amountOff, currency: 'USD' }, affordable: balance.points >= r.points })),
    activity: ledger.map((l) => ({
      id: num(l.id),
      kind: l.kind,
      points: num(l.points),
      channel: l.channel,
      reason: l.reason,
      receipt: l.receipt_id && l.receipt_number ? { id: l.receipt_id, number: l.receipt_number } : null,
      createdAt: iso(l.created_at),
    })),
    receipts,
    reservations: reservations.map((r) => ({
      id: r.id,
      status: r.status,
      storeName: r.store.name,
      pickupCode: r.pickupCode,
      pickupToken: r.pickupToken,
      pickupBy: r.pickupBy,
      itemCount: r.lines.reduce((n, l) => n + l.quantity, 0),
      total: r.total,
      url: r.url ?? `/reservations/${r.id}`,
    })),
    passes: { apple: applePassConfigured(), google: googlePassConfigured() },
    fetchedAt: now.toISOString(),
    since,
  }
}
