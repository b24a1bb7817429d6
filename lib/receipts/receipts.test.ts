import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { recordCount } from '../inventory/movements'
import { earnPoints, findOrCreateMember, getBalance } from '../loyalty/ledger'
import { listOutbox } from '../mail/outbox'
import { collect, createReservation, markReady } from '../reservations/service'
import { signIn } from '../staff/auth'
import { DEMO_ASSOCIATE_PIN } from '../staff/demo'
import type { StaffMember } from '../staff/roles'
import { recordStaffSale } from '../staff/stock'
import { issueWalletToken } from '../wallet/token'
import { memberAtTill } from '../wallet/till'
import { getReceipt, listReceipts, resolveReceiptToken } from './read'

describe.each(testDrivers)('receipts of completed purchases on %s', (driver) => {
  let h: DbHandle
  let storeId: string
  let variants: string[]
  let associate: StaffMember

  const count = async (q: ReturnType<typeof sql>) => num((await rows<{ n: string }>(h.db, q))[0].n)
  const level = async (v: string) => (await rows<{ on_hand: number }>(h.db, sql`select on_hand from inventory_levels where store_id = ${storeId} and variant_id = ${v}`))[0].on_hand
  const priceOf = async (v: string) => num((await rows<{ p: number }>(h.db, sql`select p.price_amount as p from variants v join products p on p.id = v.product_id where v.id = ${v}`))[0].p)

  beforeAll(async () => {
    h = await openTestDb(driver)
    // A Chicago store, so the tax rule is known (10.25%).
    const [store] = await rows<{ id: string }>(h.db, sql`select s.id from stores s join staff f on f.store_id = s.id where s.city = 'Chicago' group by s.id order by s.id limit 1`)
    storeId = store.id
    const vs = await rows<{ variant_id: string }>(
      h.db,
      sql`select l.variant_id from inventory_levels l join variants v on v.id = l.variant_id join products p on p.id = v.product_id
          where l.store_id = ${storeId} and l.reserved = 0 and p.price_amount >= 2000 order by l.variant_id limit 6`,
    )
    variants = vs.map((v) => v.variant_id)
    for (const v of variants) await recordCount(h.db, { storeId, variantId: v, counted: 5, actor: 'test' })
    const [s] = await rows<{ id: string }>(h.db, sql`select id from staff where store_id = ${storeId} and role = 'associate'`)
    associate = (await signIn(h.db, { staffId: s.id, pin: DEMO_ASSOCIATE_PIN })).staff
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('a collected reservation has exactly one receipt and one receipt email, even when collected twice at once', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Ada Member', email: 'ada.member@example.com' })
    const v = variants[0]
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 2 }], customer: { name: 'Ada Member', email: 'ada.member@example.com' } }, { memberId })
    await markReady(h.db, associate, reservation.id)
    const results = await Promise.allSettled([collect(h.db, associate, reservation.id), collect(h.db, associate, reservation.id)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    await expect(collect(h.db, associate, reservation.id)).rejects.toMatchObject({ status: 409 })

    const receipts = await listReceipts(h.db, memberId)
    expect(receipts).toHaveLength(1)
    const unit = await priceOf(v)
    const receipt = await getReceipt(h.db, memberId, receipts[0].id)
    const tax = Math.round((2 * unit * 1025) / 10_000)
    expect(receipt).toMatchObject({
      channel: 'pickup',
      subtotal: { amount: 2 * unit },
      discount: { amount: 0 },
      tax: { amount: tax },
      total: { amount: 2 * unit + tax },
      tender: { kind: 'pay-at-pickup', amount: 2 * unit + tax },
      pointsEarned: Math.floor((2 * unit) / 100),
      store: { id: storeId },
    })
    expect(receipt.number).toMatch(/^R\d{6}-[A-Z0-9]{6}$/)
    expect(receipt.lines).toEqual([expect.objectContaining({ lineNo: 1, quantity: 2, unitPrice: { amount: unit, currency: 'USD' }, lineTotal: { amount: 2 * unit, currency: 'USD' } })])
    expect(receipt.lines[0].detail).not.toBe('')
    const mail = await listOutbox(h.db, { reference: receipt.id })
    expect(mail.map((m) => [m.kind, m.to])).toEqual([['receipt', 'ada.member@example.com']])
    expect(mail[0].text).toContain(receipt.number)
    expect(mail[0].text).toContain(`/wallet/receipts/${receipt.id}`)
    expect(await count(sql`select count(*) as n from events where type = 'receipt.created' and payload->>'receiptId' = ${receipt.id} and payload->>'memberId' = ${memberId}`)).toBe(1)
    // The receipt QR finds it again for a return; a forged one does not.
    expect((await resolveReceiptToken(h.db, receipt.token)).id).toBe(receipt.id)
    await expect(resolveReceiptToken(h.db, `${receipt.token.slice(0, -2)}xx`)).rejects.toMatchObject({ status: 400 })
  })

  it('a guest pickup gets a receipt by email, with no wallet link', async () => {
    const v = variants[1]
    const { reservation } = await createReservation(h.db, { storeId, lines: [{ variantId: v, quantity: 1 }], customer: { name: 'Gus Guest', email: 'gus@example.com' } })
    await collect(h.db, associate, reservation.id)
    const [r] = await rows<{ id: string; member_id: string | null }>(h.db, sql`select id, member_id from receipts where reference = ${reservation.id}`)
    expect(r.member_id).toBeNull()
    const [mail] = await listOutbox(h.db, { reference: r.id })
    expect(mail.to).toBe('gus@example.com')
    expect(mail.text).not.toContain('/wallet/')
  })

  it('another member’s receipt is not found, and says nothing of it', async () => {
    const a = await findOrCreateMember(h.db, { name: 'Ada Member', email: 'ada.member@example.com' })
    const b = await findOrCreateMember(h.db, { name: 'Bo Other', email: 'bo.other@example.com' })
    const [mine] = await listReceipts(h.db, a.memberId)
    await expect(getReceipt(h.db, b.memberId, mine.id)).rejects.toMatchObject({ status: 404, type: 'receipt-not-found' })
    await expect(getReceipt(h.db, b.memberId, 'rcp_doesnotexist00')).rejects.toMatchObject({ status: 404, type: 'receipt-not-found' })
    expect(await listReceipts(h.db, b.memberId)).toEqual([])
  })

  it('a sale at the till with the member card: stock, points, receipt and email together', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Cy Till', email: 'cy.till@example.com' })
    const { token } = await issueWalletToken(h.db, memberId)
    const v = variants[2]
    const unit = await priceOf(v)
    expect(await memberAtTill(h.db, associate, token)).toMatchObject({ name: 'Cy Till', points: 0, tier: 'Member' })
    const sale = await recordStaffSale(h.db, associate, storeId, { variantId: v, quantity: 1, memberToken: token, tender: 'cash' })
    expect(await level(v)).toBe(4)
    expect('receipt' in sale && sale.receipt).toMatchObject({ subtotal: unit, discount: 0, pointsEarned: Math.floor(unit / 100) })
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: Math.floor(unit / 100) })
    const [receipt] = await listReceipts(h.db, memberId)
    const full = await getReceipt(h.db, memberId, receipt.id)
    expect(full).toMatchObject({ channel: 'in-store', tender: { kind: 'cash' } })
    expect(await listOutbox(h.db, { reference: receipt.id, to: 'cy.till@example.com' })).toHaveLength(1)
    // Without a card it is a plain sale: no receipt, no points.
    const before = await count(sql`select count(*) as n from receipts`)
    await recordStaffSale(h.db, associate, storeId, { variantId: v, quantity: 1 })
    expect(await count(sql`select count(*) as n from receipts`)).toBe(before)
  })

  it('a reward at the till is taken off the price, before tax; too few points is a 409 and nothing is written', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Di Reward', email: 'di.reward@example.com' })
    const { token } = await issueWalletToken(h.db, memberId)
    const v = variants[3]
    const unit = await priceOf(v)
    const tables = async () => ({
      stock: await level(v),
      receipts: await count(sql`select count(*) as n from receipts where member_id = ${memberId}`),
      ledger: await count(sql`select count(*) as n from loyalty_ledger where member_id = ${memberId}`),
      mail: await count(sql`select count(*) as n from mail_outbox where to_address = 'di.reward@example.com'`),
      movements: await count(sql`select count(*) as n from inventory_movements where store_id = ${storeId} and variant_id = ${v}`),
    })
    const before = await tables()
    await expect(recordStaffSale(h.db, associate, storeId, { variantId: v, memberToken: token, rewardId: 'five-off' })).rejects.toMatchObject({ status: 409, type: 'not-enough-points' })
    expect(await tables()).toEqual(before)
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: 0 })
    // A reward needs the card.
    await expect(recordStaffSale(h.db, associate, storeId, { variantId: v, rewardId: 'five-off' })).rejects.toThrow()

    await earnPoints(h.db, { memberId, amountMinor: 60_000, channel: 'online', reference: 'order-di' })
    const sale = await recordStaffSale(h.db, associate, storeId, { variantId: v, memberToken: token, rewardId: 'five-off' })
    const tax = Math.round(((unit - 500) * 1025) / 10_000)
    expect('receipt' in sale && sale.receipt).toMatchObject({ subtotal: unit, discount: 500, tax, total: unit - 500 + tax, pointsEarned: Math.floor((unit - 500) / 100) })
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: 600 - 500 + Math.floor((unit - 500) / 100) })
  })

  it('a card that is not a valid member card sells nothing', async () => {
    const v = variants[4]
    const before = await level(v)
    await expect(recordStaffSale(h.db, associate, storeId, { variantId: v, memberToken: 'AISLE-MEMBER:123456789012.1999999999.0000000000000000' })).rejects.toMatchObject({ status: 422, type: 'wallet-card-forged' })
    await expect(recordStaffSale(h.db, associate, storeId, { variantId: v, memberToken: 'hello' })).rejects.toMatchObject({ status: 400, type: 'wallet-card-malformed' })
    expect(await level(v)).toBe(before)
  })
})
