import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { getConsents, hasConsent, setConsents } from './consents'

describe.each(testDrivers)('consents on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('starts with every purpose off, logs each real change with its source, and nothing for a repeat', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Cora', email: 'cora@example.com' })
    const fresh = await getConsents(h.db, memberId)
    expect(fresh.consents).toEqual([
      { purpose: 'marketing_email', granted: false, updatedAt: null },
      { purpose: 'personalised_recommendations', granted: false, updatedAt: null },
      { purpose: 'in_store_recognition', granted: false, updatedAt: null },
    ])
    expect(fresh.log).toEqual([])

    await setConsents(h.db, memberId, { marketing_email: true }, 'privacy-centre')
    await setConsents(h.db, memberId, { marketing_email: true, in_store_recognition: false }, 'api')
    const after = await setConsents(h.db, memberId, { marketing_email: false }, 'api')
    expect(after.consents.find((c) => c.purpose === 'marketing_email')).toMatchObject({ granted: false, updatedAt: expect.any(String) })
    expect(after.log.map((l) => [l.purpose, l.granted, l.source])).toEqual([
      ['marketing_email', false, 'api'],
      ['in_store_recognition', false, 'api'],
      ['marketing_email', true, 'privacy-centre'],
    ])
    expect(await hasConsent(h.db, memberId, 'marketing_email')).toBe(false)
    const [event] = await rows<{ payload: unknown }>(h.db, sql`select payload from events where type = 'member.changed' and payload->>'memberId' = ${memberId} order by id desc limit 1`)
    expect(event.payload).toEqual({ memberId, fields: ['consents'], purposes: ['marketing_email'] })
  })

  it('refuses unknown purposes, non-booleans and an empty change', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Dee', email: 'dee@example.com' })
    await expect(setConsents(h.db, memberId, { marketing_email: 'yes' }, 'api')).rejects.toThrow()
    await expect(setConsents(h.db, memberId, { sell_my_data: true }, 'api')).rejects.toThrow()
    await expect(setConsents(h.db, memberId, {}, 'api')).rejects.toThrow()
    expect((await getConsents(h.db, memberId)).log).toEqual([])
  })
})
