import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import type { LoyaltyKind } from '../db/schema'
import { DomainError } from '../errors'
import { normalizeEmail, normalizePhone } from '../identity/normalize'
import { emitEvent, writeTx } from '../inventory/ledger'
import { pointsFor, rewards, tierOf, type RewardId } from './policy'

export class NotEnoughPoints extends DomainError {
  constructor(points: number, needed: number) {
    super('not-enough-points', 409, 'Not enough points', `This reward needs ${needed} points; the balance is ${points}.`, { points, needed })
  }
}
export class UnknownMember extends DomainError {
  constructor() {
    super('member-not-found', 404, 'Member not found', 'No member has that id.')
  }
}

export type Balance = { memberId: string; points: number; lifetime: number; tier: string; toNextTier: number }

const balance = (memberId: string, points: number, lifetime: number): Balance => {
  const t = tierOf(lifetime)
  return { memberId, points, lifetime, tier: t.tier.id, toNextTier: t.toNext }
}

export const MemberInput = z.object({
  // '' when unknown: signing in with an email code creates a member before anyone asks for a name.
  name: z.string().trim().max(100),
  email: z.string().transform((e, ctx) => normalizeEmail(e) ?? (ctx.addIssue({ code: 'custom', message: 'Enter a valid email address.' }), z.NEVER)),
  phone: z
    .string()
    .optional()
    .transform((p, ctx) => (p?.trim() ? (normalizePhone(p) ?? (ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number.' }), z.NEVER)) : null)),
})

/**
 * The member for these contact details: an existing one when the normalised email or phone is
 * already known (one person typed three ways is one member), otherwise a new one with an account.
 */
export async function findOrCreateMember(db: Db, input: z.input<typeof MemberInput>): Promise<{ memberId: string; created: boolean }> {
  const m = MemberInput.parse(input)
  return writeTx(db, async (tx) => {
    const [found] = await rows<{ id: string }>(tx, sql`select id from members where email = ${m.email} or (${m.phone}::text is not null and phone = ${m.phone}) order by created_at limit 1`)
    if (found) return { memberId: found.id, created: false }
    const id = `mem_${randomBytes(10).toString('hex')}`
    await tx.execute(sql`insert into members (id, email, phone, name) values (${id}, ${m.email}, ${m.phone}, ${m.name})`)
    await tx.execute(sql`insert into loyalty_accounts (member_id) values (${id})`)
    return { memberId: id, created: true }
  })
}

type Change = { memberId: string; kind: LoyaltyKind; points: number; channel: string; reference: string; reason: string }

/**
 * One ledger row and the balance change, together. A decrease is conditional on the balance
 * (`points >= n`), so concurrent redemptions can never spend more than there is. Returns null when
 * this (member, kind, reference) was already recorded: earning twice for one purchase is a no-op.
 */
async function apply(tx: Db, c: Change): Promise<Balance | null> {
  const [row] = await rows<{ inserted: number | string; points: number | string | null; lifetime: number | string | null }>(
    tx,
    sql`with l as (
          insert into loyalty_ledger (member_id, kind, points, channel, reference, reason)
          values (${c.memberId}, ${c.kind}, ${c.points}, ${c.channel}, ${c.reference}, ${c.reason})
          on conflict (member_id, kind, reference) do nothing
          returning points
        ),
        u as (
          update loyalty_accounts a set points = a.points + l.points,
            lifetime = a.lifetime + case when ${c.kind}::text = 'earn' then l.points else 0 end, updated_at = now()
          from l where a.member_id = ${c.memberId} and a.points + l.points >= 0
          returning a.points, a.lifetime
        )
        select (select count(*) from l) as inserted, u.points, u.lifetime from (select 1) one left join u on true`,
  )
  if (num(row.inserted) === 0) return null
  // Written to the ledger but the balance could not cover it: the caller's transaction must roll back.
  if (row.points === null) throw new NotEnoughPoints((await current(tx, c.memberId)).points, -c.points)
  const b = balance(c.memberId, num(row.points), num(row.lifetime))
  // Private to the member: the stream passes event types it does not know to nobody.
  await emitEvent(tx, 'loyalty.changed', null, { memberId: c.memberId, kind: c.kind, points: c.points, balance: b.points, tier: b.tier })
  return b
}

async function current(tx: Db, memberId: string, lock = false): Promise<Balance> {
  const [a] = await rows<{ points: number | string; lifetime: number | string }>(
    tx,
    lock ? sql`select points, lifetime from loyalty_accounts where member_id = ${memberId} for update` : sql`select points, lifetime from loyalty_accounts where member_id = ${memberId}`,
  )
  if (!a) throw new UnknownMember()
  return balance(memberId, num(a.points), num(a.lifetime))
}

/** Points for a purchase in any channel; once per purchase reference. */
export async function earnPoints(db: Db, p: { memberId: string; amountMinor: number; channel: 'online' | 'store' | 'reservation'; reference: string }): Promise<{ earned: number; balance: Balance }> {
  const points = pointsFor(p.amountMinor)
  return writeTx(db, async (tx) => {
    const before = await current(tx, p.memberId, true)
    if (points === 0) return { earned: 0, balance: before }
    const after = await apply(tx, { memberId: p.memberId, kind: 'earn', points, channel: p.channel, reference: p.reference, reason: `purchase ${p.reference}` })
    return after ? { earned: points, balance: after } : { earned: 0, balance: before }
  })
}

/** Spends points on a reward: refused with 409 when the balance is short, however many try at once. */
export async function redeemReward(db: Db, p: { memberId: string; rewardId: RewardId; channel: string }): Promise<{ redemptionId: string; amountOff: number; balance: Balance }> {
  const reward = rewards.find((r) => r.id === p.rewardId)
  if (!reward) throw new DomainError('reward-not-found', 404, 'Reward not found', `No reward ${p.rewardId}.`)
  const redemptionId = `rdm_${randomBytes(8).toString('hex')}`
  return writeTx(db, async (tx) => {
    await current(tx, p.memberId)
    const after = await apply(tx, { memberId: p.memberId, kind: 'redeem', points: -reward.points, channel: p.channel, reference: redemptionId, reason: reward.name })
    return { redemptionId, amountOff: reward.amountOff, balance: after! }
  })
}

/**
 * A return takes back the points its purchase earned, as far as the balance allows (points
 * already spent are not clawed below zero); once per return reference.
 */
export async function reversePoints(db: Db, p: { memberId: string; amountMinor: number; channel: string; reference: string }): Promise<{ reversed: number; balance: Balance }> {
  return writeTx(db, async (tx) => {
    const before = await current(tx, p.memberId, true)
    const take = Math.min(pointsFor(p.amountMinor), before.points)
    if (take === 0) return { reversed: 0, balance: before }
    const after = await apply(tx, { memberId: p.memberId, kind: 'reverse', points: -take, channel: p.channel, reference: p.reference, reason: `return ${p.reference}` })
    return after ? { reversed: take, balance: after } : { reversed: 0, balance: before }
  })
}

export async function getBalance(db: Db, memberId: string): Promise<Balance> {
  return current(db, memberId)
}
