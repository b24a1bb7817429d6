import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../customers/sessions'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { earnPoints, findOrCreateMember, getBalance } from '../loyalty/ledger'
import { findDuplicateMembers, mergeDuplicateMember } from './duplicates'
import { mergeVisitorIntoMember } from './merge'
import { insertRawMember, insertReceipt, insertReservation, someProducts } from './testing'

describe.each(testDrivers)('duplicate profiles on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const one = async <T>(q: ReturnType<typeof sql>) => (await rows<T>(h.db, q))[0]

  it('finds profiles whose email or phone normalise to the member’s', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Ada', email: 'ada@example.com', phone: '+13125550123' })
    const legacy = await insertRawMember(h.db, { email: ' ADA@Example.COM' })
    const inStore = await insertRawMember(h.db, { email: 'lovelace@work.example', phone: '(312) 555-0123' })
    await insertRawMember(h.db, { email: 'bob@example.com', phone: '(312) 555-0124' })
    const found = await findDuplicateMembers(h.db, memberId)
    expect(found).toEqual([
      { memberId: legacy, matchedBy: ['email'], hasSignedIn: false },
      { memberId: inStore, matchedBy: ['phone'], hasSignedIn: false },
    ])
  })

  it('folds a duplicate in one go: balances add up, everything moves, the newest consent wins, an audit row', async () => {
    const [p1, p2] = await someProducts(h.db, 2)
    const { memberId: keepId } = await findOrCreateMember(h.db, { name: 'Bo', email: 'bo@example.com' })
    const dropId = await insertRawMember(h.db, { email: 'BO@example.com', phone: '312-555-0177', name: 'Bo B.' })
    await earnPoints(h.db, { memberId: keepId, amountMinor: 30_000, channel: 'online', reference: 'order-1' })
    await earnPoints(h.db, { memberId: dropId, amountMinor: 12_000, channel: 'store', reference: 'sale-9' })
    await earnPoints(h.db, { memberId: dropId, amountMinor: 5_000, channel: 'online', reference: 'order-1' })
    const receipt = await insertReceipt(h.db, dropId)
    const reservation = await insertReservation(h.db, { memberId: dropId })
    await h.db.execute(sql`insert into wishlist_items (member_id, product_id) values (${keepId}, ${p1}), (${dropId}, ${p1}), (${dropId}, ${p2})`)
    await h.db.execute(sql`insert into scan_history (member_id, code, scanned_at) values (${dropId}, 'A1', '2025-01-01T00:00:00Z')`)
    await h.db.execute(sql`insert into consents (member_id, purpose, granted, updated_at) values
      (${keepId}, 'marketing_email', true, '2025-01-01T00:00:00Z'), (${dropId}, 'marketing_email', false, '2025-02-01T00:00:00Z'),
      (${keepId}, 'in_store_recognition', true, '2025-03-01T00:00:00Z'), (${dropId}, 'in_store_recognition', false, '2025-02-01T00:00:00Z')`)
    await h.db.execute(sql`insert into passkeys (id, member_id, public_key, device_type, name) values ('pk_bo', ${dropId}, 'pk', 'singleDevice', 'Phone')`)

    await expect(mergeDuplicateMember(h.db, { keepId, dropId: keepId, source: 'test' })).rejects.toMatchObject({ type: 'merge-into-itself', status: 400 })
    const counts = await mergeDuplicateMember(h.db, { keepId, dropId, source: 'staff' })
    expect(counts).toMatchObject({ points: 170, ledger: 2, receipts: 1, reservations: 1, wishlist: 1, scans: 1, passkeys: 1 })

    expect(await getBalance(h.db, keepId)).toMatchObject({ points: 470, lifetime: 470 })
    const ledger = await one<{ s: string }>(sql`select sum(points) as s from loyalty_ledger where member_id = ${keepId}`)
    expect(num(ledger.s)).toBe(470)
    expect(await rows(h.db, sql`select id from members where id = ${dropId}`)).toEqual([])
    expect(await one(sql`select phone, name from members where id = ${keepId}`)).toEqual({ phone: '+13125550177', name: 'Bo' })
    expect(await one(sql`select member_id from receipts where id = ${receipt}`)).toEqual({ member_id: keepId })
    expect(await one(sql`select member_id from reservations where id = ${reservation}`)).toEqual({ member_id: keepId })
    expect(await rows(h.db, sql`select product_id from wishlist_items where member_id = ${keepId}`)).toHaveLength(2)
    const chosen = await rows<{ purpose: string; granted: boolean }>(h.db, sql`select purpose, granted from consents where member_id = ${keepId} order by purpose`)
    expect(chosen).toEqual([
      { purpose: 'in_store_recognition', granted: true },
      { purpose: 'marketing_email', granted: false },
    ])
    expect(await one(sql`select member_id from passkeys where id = 'pk_bo'`)).toEqual({ member_id: keepId })
    const audit = await one<{ kind: string; from_id: string; detail: Record<string, unknown> }>(sql`select kind, from_id, detail from identity_merges where into_member_id = ${keepId}`)
    expect(audit).toMatchObject({ kind: 'duplicate', from_id: dropId, detail: { points: 170, source: 'staff' } })
    expect(JSON.stringify(audit.detail)).not.toMatch(/bo@|555/i)

    expect(await mergeDuplicateMember(h.db, { keepId, dropId, source: 'staff' })).toBeNull()
  })

  it('at sign-in, folds a never-signed-in profile with the same email, but not a phone match or a profile someone signs in to', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Cy', email: 'cy@example.com', phone: '+13125550155' })
    const legacy = await insertRawMember(h.db, { email: 'Cy@Example.com' })
    const usedElsewhere = await insertRawMember(h.db, { email: ' cy@example.com ' })
    await createSession(h.db, usedElsewhere, 'email-code')
    const phoneOnly = await insertRawMember(h.db, { email: 'someone@example.com', phone: '312 555 0155' })
    await earnPoints(h.db, { memberId: legacy, amountMinor: 9_900, channel: 'store', reference: 'sale-cy' })

    await mergeVisitorIntoMember(h.db, { visitorId: null, memberId })
    const left = (await rows<{ id: string }>(h.db, sql`select id from members where id in (${legacy}, ${usedElsewhere}, ${phoneOnly}) order by id`)).map((r) => r.id)
    expect(left).toEqual([usedElsewhere, phoneOnly].sort())
    expect(await getBalance(h.db, memberId)).toMatchObject({ points: 99 })
  })
})
