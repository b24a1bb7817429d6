import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { earnPoints, findOrCreateMember, getBalance, NotEnoughPoints, redeemReward, reversePoints } from './ledger'
import { pointsFor, tierOf } from './policy'

describe('loyalty policy', () => {
  it('earns on whole dollars and tiers by lifetime points', () => {
    expect(pointsFor(14_499)).toBe(144)
    expect(pointsFor(-500)).toBe(0)
    expect(tierOf(0)).toMatchObject({ tier: { id: 'member' }, toNext: 500 })
    expect(tierOf(750)).toMatchObject({ tier: { id: 'silver' }, toNext: 750, progress: 0.25 })
    expect(tierOf(9_999)).toMatchObject({ tier: { id: 'gold' }, next: null, progress: 1 })
  })
})

describe.each(testDrivers)('the points ledger on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const ledgerSum = async (memberId: string) =>
    num((await rows<{ s: string }>(h.db, sql`select coalesce(sum(points), 0) as s from loyalty_ledger where member_id = ${memberId}`))[0].s)

  it('one person typed three ways is one member', async () => {
    const a = await findOrCreateMember(h.db, { name: 'Ada', email: 'Ada@Example.com', phone: '(312) 555-0123' })
    const b = await findOrCreateMember(h.db, { name: 'Ada L.', email: ' ada@example.COM ' })
    const c = await findOrCreateMember(h.db, { name: 'A. Lovelace', email: 'other@example.com', phone: '+1 312 555 0123' })
    expect(a.created).toBe(true)
    expect([b.memberId, c.memberId]).toEqual([a.memberId, a.memberId])
    await expect(findOrCreateMember(h.db, { name: 'X', email: 'nope' })).rejects.toThrow()
  })

  it('earns once per purchase in any channel, and a return takes back what it earned', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Bo', email: 'bo@example.com' })
    expect((await earnPoints(h.db, { memberId, amountMinor: 12_000, channel: 'store', reference: 'sale-1' })).earned).toBe(120)
    expect((await earnPoints(h.db, { memberId, amountMinor: 12_000, channel: 'store', reference: 'sale-1' })).earned).toBe(0)
    await earnPoints(h.db, { memberId, amountMinor: 45_050, channel: 'online', reference: 'order-7' })
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: 570, lifetime: 570, tier: 'silver' })
    const back = await reversePoints(h.db, { memberId, amountMinor: 12_000, channel: 'store', reference: 'return-1' })
    expect(back).toMatchObject({ reversed: 120, balance: { points: 450, lifetime: 570 } })
    expect(await ledgerSum(memberId)).toBe(450)
    const [event] = await rows<{ type: string; store_id: string | null }>(h.db, sql`select type, store_id from events order by id desc limit 1`)
    expect(event).toEqual({ type: 'loyalty.changed', store_id: null })
  })

  it('100 concurrent redemptions against a 500-point balance never spend more than the balance', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Cy', email: 'cy@example.com' })
    await earnPoints(h.db, { memberId, amountMinor: 50_000, channel: 'online', reference: 'order-big' })
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => redeemReward(h.db, { memberId, rewardId: 'five-off', channel: 'online' })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof NotEnoughPoints)).toHaveLength(99)
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: 0, lifetime: 500 })
    expect(await ledgerSum(memberId)).toBe(0)
    // A return after the points were spent cannot push the balance below zero.
    expect((await reversePoints(h.db, { memberId, amountMinor: 50_000, channel: 'online', reference: 'return-big' })).reversed).toBe(0)
  })
})
