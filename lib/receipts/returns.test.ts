import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { recordCount } from '../inventory/movements'
import { earnPoints, findOrCreateMember, getBalance, redeemReward } from '../loyalty/ledger'
import { getSecret } from '../secret'
import { signIn } from '../staff/auth'
import { DEMO_ASSOCIATE_PIN } from '../staff/demo'
import type { StaffMember } from '../staff/roles'
import { recordStaffMovement, recordStaffSale } from '../staff/stock'
import { issueWalletToken } from '../wallet/token'
import { receiptToken } from './token'

describe.each(testDrivers)('returns against a receipt on %s', (driver) => {
  let h: DbHandle
  let storeId: string
  let variantId: string
  let unit: number
  let associate: StaffMember
  const onHand = async () => num((await rows<{ on_hand: number }>(h.db, sql`select on_hand from inventory_levels where store_id = ${storeId} and variant_id = ${variantId}`))[0].on_hand)

  beforeAll(async () => {
    h = await openTestDb(driver)
    const [row] = await rows<{ store_id: string; variant_id: string; price: number }>(
      h.db,
      sql`select l.store_id, l.variant_id, p.price_amount as price from inventory_levels l join variants v on v.id = l.variant_id join products p on p.id = v.product_id
          join staff f on f.store_id = l.store_id and f.role = 'associate'
          where p.price_amount between 3000 and 9000 order by l.variant_id limit 1`,
    )
    ;({ store_id: storeId, variant_id: variantId } = row)
    unit = num(row.price)
    await recordCount(h.db, { storeId, variantId, counted: 10, actor: 'test' })
    const [s] = await rows<{ id: string }>(h.db, sql`select id from staff where store_id = ${storeId} and role = 'associate'`)
    associate = (await signIn(h.db, { staffId: s.id, pin: DEMO_ASSOCIATE_PIN })).staff
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  async function memberSale(email: string, quantity: number, extra: Record<string, unknown> = {}) {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Rita Return', email })
    const { token } = await issueWalletToken(h.db, memberId)
    const sale = await recordStaffSale(h.db, associate, storeId, { variantId, quantity, memberToken: token, ...extra })
    if (!('receipt' in sale)) throw new Error('expected a member sale')
    return { memberId, receiptId: sale.receipt.id, code: receiptToken(await getSecret(h.db), sale.receipt.id), earned: sale.receipt.pointsEarned }
  }
  const giveBack = (code: string, quantity: number) => recordStaffMovement(h.db, associate, storeId, { kind: 'return', variantId, quantity, receiptCode: code })

  it('puts the unit back and reverses the points it earned, never more than the receipt sold', async () => {
    const { memberId, code, earned } = await memberSale('rita.return@example.com', 2)
    const stock = await onHand()
    const first = await giveBack(code, 1)
    expect(first).toMatchObject({ kind: 'return', pointsReversed: Math.floor(unit / 100) })
    expect(await onHand()).toBe(stock + 1)
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: earned - Math.floor(unit / 100) })
    await giveBack(code, 1)
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: earned - 2 * Math.floor(unit / 100) })
    // Both units are back: a third return against this receipt is refused and changes nothing.
    await expect(giveBack(code, 1)).rejects.toMatchObject({ type: 'not-on-receipt', status: 409 })
    expect(await onHand()).toBe(stock + 2)
  })

  it('refuses a forged or altered receipt code, and an item the receipt did not sell', async () => {
    const { receiptId, code } = await memberSale('rita.forged@example.com', 1)
    await expect(giveBack(`AISLE-RECEIPT:${receiptId}.forged`, 1)).rejects.toMatchObject({ type: 'receipt-code-invalid', status: 400 })
    await expect(giveBack('not a receipt', 1)).rejects.toMatchObject({ type: 'receipt-code-invalid' })
    const [other] = await rows<{ variant_id: string }>(h.db, sql`select variant_id from inventory_levels where store_id = ${storeId} and variant_id <> ${variantId} limit 1`)
    await expect(recordStaffMovement(h.db, associate, storeId, { kind: 'return', variantId: other.variant_id, quantity: 1, receiptCode: code })).rejects.toMatchObject({ type: 'not-on-receipt' })
  })

  it('never takes the balance below zero when the points were already spent', async () => {
    const email = 'rita.spent@example.com'
    const { memberId } = await findOrCreateMember(h.db, { name: 'Rita Spent', email })
    await earnPoints(h.db, { memberId, amountMinor: 50_000 - 100 * Math.floor(unit / 100), channel: 'online', reference: 'top-up' })
    const { code } = await memberSale(email, 1)
    await redeemReward(h.db, { memberId, rewardId: 'five-off', channel: 'store' })
    expect((await getBalance(h.db, memberId)).points).toBe(0)
    expect(await giveBack(code, 1)).toMatchObject({ pointsReversed: 0 })
    expect((await getBalance(h.db, memberId)).points).toBe(0)
  })
})
