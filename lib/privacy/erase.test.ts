import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bucketOf } from '../auth/rate-limit'
import { newVisitorId } from '../customers/cookies'
import { memberForSession } from '../customers/sessions'
import type { Db, DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { insertReservation } from '../identity/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { getSecret } from '../secret'
import { confirmsDeletion, eraseMember } from './erase'
import { exportMemberData } from './export'
import { privacySubject } from './subject'
import { memberWithEverything, type Person } from './testing'

/** Every place a value could hide: each text, varchar, jsonb or array column of every table in every schema we own. */
async function whereFound(db: Db, needles: string[]): Promise<string[]> {
  const columns = await rows<{ table_schema: string; table_name: string; column_name: string }>(
    db,
    sql`select c.table_schema, c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
        where c.table_schema not in ('pg_catalog', 'information_schema') and c.table_schema not like 'pg_%'
          and (c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY', 'tsvector'))`,
  )
  expect(columns.length).toBeGreaterThan(40)
  const hits: string[] = []
  for (const c of columns) {
    const column = sql.raw(`"${c.table_schema}"."${c.table_name}"."${c.column_name}"`)
    const table = sql.raw(`"${c.table_schema}"."${c.table_name}"`)
    for (const needle of needles) {
      const [r] = await rows<{ n: number | string }>(db, sql`select count(*) as n from ${table} where strpos(lower(${column}::text), ${needle.toLowerCase()}) > 0`)
      if (num(r.n) > 0) hits.push(`${c.table_schema}.${c.table_name}.${c.column_name} ∋ ${needle}`)
    }
  }
  return hits
}

describe.each(testDrivers)('erasure on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  const zeph: Person = { name: 'Zephyrine Quillfeather', email: 'zephyrine.q@example.com', phone: '+13125550188', typedPhone: '(312) 555-0188' }
  const needles = [zeph.email, zeph.phone, '555-0188', '3125550188', 'Quillfeather']

  it('accepts the account email (however typed) or DELETE as confirmation, nothing else', () => {
    expect(confirmsDeletion(' Zephyrine.Q@Example.com ', zeph.email)).toBe(true)
    expect(confirmsDeletion('DELETE', zeph.email)).toBe(true)
    expect(confirmsDeletion('delete', zeph.email)).toBe(false)
    expect(confirmsDeletion('someone@example.com', zeph.email)).toBe(false)
  })

  it('leaves no trace of the member’s email, phone or name in any column, keeps receipts without them, and signs them out', async () => {
    const visitorId = newVisitorId()
    const bystander = await findOrCreateMember(h.db, { name: 'Other Person', email: 'other@example.com' })
    const m = await memberWithEverything(h.db, zeph, visitorId)
    // Typed after the last sign-in, so not attached to the member: found by its contact details.
    const unattached = await insertReservation(h.db, { name: zeph.name, email: 'Zephyrine.Q@example.com', phone: '312 555 0188' })
    await exportMemberData(h.db, m.memberId, 'privacy-centre')
    const before = await whereFound(h.db, needles)
    expect(before.length).toBeGreaterThan(8)
    const emailBucket = bucketOf(await getSecret(h.db), 'code-email', zeph.email)
    expect(await rows(h.db, sql`select 1 from rate_limits where bucket = ${emailBucket}`)).toHaveLength(1)

    const report = await eraseMember(h.db, m.memberId, { source: 'privacy-centre', visitorId })
    expect(report).toMatchObject({ reservations: 3, receiptsKept: 1, sessions: 1 })
    expect(report.mail).toBeGreaterThanOrEqual(3)

    expect(await whereFound(h.db, needles)).toEqual([])
    expect(await memberForSession(h.db, m.token)).toBeNull()
    expect(await rows(h.db, sql`select 1 from rate_limits where bucket = ${emailBucket}`)).toEqual([])
    const [receipt] = await rows<{ member_id: string | null; lines: number | string }>(
      h.db,
      sql`select member_id, (select count(*) from receipt_lines l where l.receipt_id = r.id) as lines from receipts r where id = ${m.receiptId}`,
    )
    expect(receipt).toEqual({ member_id: null, lines: expect.anything() })
    expect(num(receipt.lines)).toBe(1)
    const reservations = await rows(h.db, sql`select member_id, visitor_id from reservations where id in (${m.reservations[0]}, ${m.reservations[1]}, ${unattached})`)
    expect(reservations).toEqual([
      { member_id: null, visitor_id: null },
      { member_id: null, visitor_id: null },
      { member_id: null, visitor_id: null },
    ])
    for (const table of ['member_sessions', 'passkeys', 'consents', 'consent_log', 'wishlist_items', 'scan_history', 'loyalty_accounts', 'loyalty_ledger', 'identity_merges']) {
      const [r] = await rows<{ n: number | string }>(h.db, sql`select count(*) as n from ${sql.raw(table)} where ${sql.raw(table === 'identity_merges' ? 'into_member_id' : 'member_id')} = ${m.memberId}`)
      expect(num(r.n), table).toBe(0)
    }
    expect(await rows(h.db, sql`select 1 from wishlist_items where visitor_id = ${visitorId} union all select 1 from push_subscriptions where visitor_id = ${visitorId}`)).toEqual([])

    const subject = privacySubject(await getSecret(h.db), m.memberId)
    const requests = await rows<{ kind: string; member_id: string | null; completed: boolean }>(
      h.db,
      sql`select kind, member_id, completed_at is not null as completed from privacy_requests where subject = ${subject} order by created_at, kind`,
    )
    expect(requests).toEqual([
      { kind: 'export', member_id: null, completed: true },
      { kind: 'delete', member_id: null, completed: true },
    ])
    // Someone else's data is untouched.
    expect(await rows(h.db, sql`select email from members where id = ${bystander.memberId}`)).toEqual([{ email: 'other@example.com' }])
  })

  it('lets the same email sign up again as a fresh, empty member', async () => {
    const again = await findOrCreateMember(h.db, { name: '', email: zeph.email })
    expect(again.created).toBe(true)
    const [{ n }] = await rows<{ n: number | string }>(h.db, sql`select count(*) as n from wishlist_items where member_id = ${again.memberId}`)
    expect(num(n)).toBe(0)
  })
})
