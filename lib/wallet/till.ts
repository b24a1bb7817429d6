// The member at the till: their card scanned or typed, their points, the rewards they can take, and
// a sale that earns (and optionally spends) points with its receipt — all in one transaction.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { DomainError } from '../errors'
import { writeTx } from '../inventory/ledger'
import { recordMovement, type MovementResult } from '../inventory/movements'
import { earnPoints, getBalance, redeemReward } from '../loyalty/ledger'
import { rewards, tierOf, type RewardId } from '../loyalty/policy'
import { createReceipt } from '../receipts/create'
import { authorize, type StaffMember } from '../staff/roles'
import { resolveWalletToken } from './token'

export type TillReward = { id: RewardId; name: string; points: number; amountOff: number; affordable: boolean }
export type TillMember = { name: string; tier: string; points: number; rewards: TillReward[] }

const tierName = (lifetime: number) => tierOf(lifetime).tier.name

/** Staff: who a member card belongs to, as the till shows it (name, tier, points, rewards). */
export async function memberAtTill(db: Db, staff: StaffMember | null, token: string): Promise<TillMember> {
  authorize(staff, 'stock:sale')
  const holder = await resolveWalletToken(db, token)
  const b = await getBalance(db, holder.memberId)
  return {
    name: holder.name,
    tier: tierName(b.lifetime),
    points: b.points,
    rewards: rewards.map((r) => ({ id: r.id, name: r.name, points: r.points, amountOff: r.amountOff, affordable: b.points >= r.points })),
  }
}

export type MemberSale = {
  storeId: string
  variantId: string
  quantity: number
  actor: string
  reference?: string
  memberToken: string
  rewardId?: RewardId
  tender: 'card' | 'cash'
}

export type MemberSaleResult = MovementResult & {
  receipt: { id: string; number: string; subtotal: number; discount: number; tax: number; total: number; currency: string; pointsEarned: number }
  member: { name: string; tier: string; points: number }
}

/**
 * An in-store sale to a known member: the unit leaves stock, a chosen reward is redeemed and taken
 * off the price, points are earned on what was paid, and the receipt is written and mailed — or,
 * if any of it fails (too few points, no stock), none of it happened.
 */
export async function recordMemberSale(db: Db, sale: MemberSale): Promise<MemberSaleResult> {
  const holder = await resolveWalletToken(db, sale.memberToken)
  const [price] = await rows<{ amount: number | string; currency: string }>(
    db,
    sql`select p.price_amount as amount, p.currency from variants v join products p on p.id = v.product_id where v.id = ${sale.variantId}`,
  )
  if (!price) throw new DomainError('variant-not-found', 404, 'Variant not found', 'That item is no longer in the catalogue.')
  const unitPrice = num(price.amount)
  const subtotal = unitPrice * sale.quantity
  const reward = sale.rewardId ? rewards.find((r) => r.id === sale.rewardId) : undefined
  // A reward is worth its face value only on a sale at least that big; spending it on less would waste points.
  if (reward && reward.amountOff > subtotal) {
    throw new DomainError('reward-exceeds-sale', 409, 'Reward is larger than the sale', `${reward.name} needs a sale of at least that much; nothing was sold.`, { rewardId: reward.id })
  }
  const reference = sale.reference ?? `sale_${randomBytes(8).toString('hex')}`
  return writeTx(db, async (tx) => {
    const moved = await recordMovement(tx, { storeId: sale.storeId, variantId: sale.variantId, kind: 'sale', quantity: sale.quantity, reason: 'in-store sale', actor: sale.actor, reference })
    const discount = reward ? (await redeemReward(tx, { memberId: holder.memberId, rewardId: reward.id, channel: 'store' })).amountOff : 0
    const earned = await earnPoints(tx, { memberId: holder.memberId, amountMinor: subtotal - discount, channel: 'store', reference })
    const receipt = await createReceipt(tx, {
      memberId: holder.memberId,
      storeId: sale.storeId,
      channel: 'in-store',
      reference,
      lines: [{ variantId: sale.variantId, quantity: sale.quantity, unitPrice }],
      currency: price.currency,
      discount,
      tender: sale.tender,
      pointsEarned: earned.earned,
    })
    return {
      ...moved,
      receipt: { id: receipt.id, number: receipt.number, subtotal: receipt.subtotal, discount: receipt.discount, tax: receipt.tax, total: receipt.total, currency: receipt.currency, pointsEarned: receipt.pointsEarned },
      member: { name: holder.name, tier: tierName(earned.balance.lifetime), points: earned.balance.points },
    }
  })
}

export const isMemberSale = (r: object): r is MemberSaleResult => 'receipt' in r && 'member' in r
