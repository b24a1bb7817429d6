import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newVisitorId } from '../customers/cookies'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { mergeVisitorIntoMember } from './merge'
import { validScans } from './scans'
import { insertReservation, someProducts } from './testing'

describe('validScans', () => {
  const now = new Date('2025-03-01T12:00:00Z')
  it('drops what is not a short code with a real past time, and caps the count', () => {
    const ok = { code: '0012345678905', scannedAt: '2025-03-01T11:00:00Z' }
    const got = validScans(
      [ok, ok, { code: 'x'.repeat(101), scannedAt: ok.scannedAt }, { code: 'a', scannedAt: 'yesterday' }, { code: 'b', scannedAt: '2025-03-09T00:00:00Z' }, null, 7, { code: '', scannedAt: ok.scannedAt }, { code: 'c', scannedAt: ok.scannedAt, productId: 42 }],
      now,
    )
    expect(got.map((s) => s.code)).toEqual(['0012345678905', 'c'])
    expect(got[1].productId).toBeNull()
    expect(validScans(Array.from({ length: 50 }, (_, i) => ({ code: `c${i}`, scannedAt: ok.scannedAt })), now)).toHaveLength(20)
    expect(validScans('nope', now)).toEqual([])
  })
})

describe.each(testDrivers)('mergeVisitorIntoMember on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const saved = async (owner: { memberId?: string; visitorId?: string }) =>
    (
      await rows<{ product_id: string }>(
        h.db,
        sql`select product_id from wishlist_items where member_id is not distinct from ${owner.memberId ?? null} and visitor_id is not distinct from ${owner.visitorId ?? null} order by product_id`,
      )
    ).map((r) => r.product_id)

  it('moves the wishlist without duplicates, attaches reservations (visitor and typed contact) and adds scans, once', async () => {
    const [p1, p2, p3] = await someProducts(h.db, 3)
    const { memberId } = await findOrCreateMember(h.db, { name: 'Ada', email: 'ada@example.com', phone: '+13125550123' })
    const visitorId = newVisitorId()
    await h.db.execute(sql`insert into wishlist_items (member_id, product_id) values (${memberId}, ${p1})`)
    await h.db.execute(sql`insert into wishlist_items (visitor_id, product_id) values (${visitorId}, ${p1}), (${visitorId}, ${p2}), (${visitorId}, ${p3})`)
    const byVisitor = await insertReservation(h.db, { visitorId, email: 'someone@else.com' })
    const byEmail = await insertReservation(h.db, { name: 'Ada', email: ' ADA@Example.com ' })
    const byPhone = await insertReservation(h.db, { name: 'Ada', email: 'ada.work@example.com', phone: '(312) 555-0123' })
    const notHers = await insertReservation(h.db, { email: 'bob@example.com', phone: '(312) 555-0124' })
    const othersMember = await insertReservation(h.db, { email: 'ada@example.com', memberId: 'mem_other' })
    const scans = [
      { code: '0012345678905', productId: p1, scannedAt: '2025-01-02T10:00:00Z' },
      { code: 'NOT-OURS', scannedAt: '2025-01-02T10:05:00Z' },
    ]

    const first = await mergeVisitorIntoMember(h.db, { visitorId, memberId, scans })
    expect(first).toEqual({ wishlist: 2, reservations: 3, scans: 2 })
    expect(await saved({ memberId })).toEqual([p1, p2, p3].sort())
    expect(await saved({ visitorId })).toEqual([])
    const attached = await rows<{ id: string; member_id: string | null }>(h.db, sql`select id, member_id from reservations where id in (${byVisitor}, ${byEmail}, ${byPhone}, ${notHers}, ${othersMember}) order by id`)
    expect(Object.fromEntries(attached.map((r) => [r.id, r.member_id]))).toEqual({ [byVisitor]: memberId, [byEmail]: memberId, [byPhone]: memberId, [notHers]: null, [othersMember]: 'mem_other' })

    const audits = await rows<{ kind: string; from_id: string; detail: unknown }>(h.db, sql`select kind, from_id, detail from identity_merges where into_member_id = ${memberId}`)
    expect(audits).toEqual([{ kind: 'visitor', from_id: visitorId, detail: { wishlist: 2, reservations: 3, scans: 2 } }])
    const events = await rows<{ payload: { productId: string } }>(h.db, sql`select payload from events where type = 'wishlist.changed' and payload->>'memberId' = ${memberId}`)
    expect(events.map((e) => e.payload.productId).sort()).toEqual([p2, p3].sort())

    expect(await mergeVisitorIntoMember(h.db, { visitorId, memberId, scans })).toEqual({ wishlist: 0, reservations: 0, scans: 0 })
    expect(await rows(h.db, sql`select id from identity_merges where into_member_id = ${memberId}`)).toHaveLength(1)
    expect(await rows(h.db, sql`select id from scan_history where member_id = ${memberId}`)).toHaveLength(2)
  })

  it('works with no visitor id, and refuses an unknown member', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Cy', email: 'cy@example.com' })
    expect(await mergeVisitorIntoMember(h.db, { visitorId: null, memberId })).toEqual({ wishlist: 0, reservations: 0, scans: 0 })
    expect(await rows(h.db, sql`select id from identity_merges where into_member_id = ${memberId}`)).toHaveLength(0)
    await expect(mergeVisitorIntoMember(h.db, { visitorId: null, memberId: 'mem_nobody' })).rejects.toMatchObject({ type: 'member-not-found' })
  })
})
