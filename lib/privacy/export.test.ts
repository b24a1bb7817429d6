import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newVisitorId } from '../customers/cookies'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { exportMemberData, EXPORT_FORMAT } from './export'
import { memberWithEverything } from './testing'

describe.each(testDrivers)('data export on %s', (driver) => {
  let h: DbHandle
  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('holds everything about the member and nothing that is a secret of ours', async () => {
    const person = { name: 'Exa Porter', email: 'exa@example.com', phone: '+13125550166', typedPhone: '312.555.0166' }
    const m = await memberWithEverything(h.db, person, newVisitorId())
    const other = await findOrCreateMember(h.db, { name: 'Not Exa', email: 'notexa@example.com' })
    const data = (await exportMemberData(h.db, m.memberId, 'privacy-centre')) as Record<string, unknown> & {
      profile: Record<string, unknown>
      loyalty: { account: { points: number }; ledger: unknown[] }
      receipts: { lines: unknown[] }[]
      [k: string]: unknown
    }

    expect(data.format).toBe(EXPORT_FORMAT)
    expect(data.profile).toMatchObject({ id: m.memberId, email: person.email, name: person.name, phone: person.phone, walletId: expect.any(String) })
    expect(data.consents).toHaveLength(2)
    expect(data.consentLog).toEqual([
      expect.objectContaining({ purpose: 'marketing_email', granted: true, source: 'privacy-centre' }),
      expect.objectContaining({ purpose: 'in_store_recognition', granted: true, source: 'privacy-centre' }),
    ])
    expect(data.loyalty.account.points).toBe(123)
    expect(data.loyalty.ledger).toHaveLength(1)
    expect(data.receipts).toHaveLength(1)
    expect(data.receipts[0].lines).toHaveLength(1)
    // The reservation typed with another spelling of the email was attached at sign-in, so it is theirs too.
    expect(data.reservations).toHaveLength(2)
    expect(data.wishlist).toHaveLength(2)
    expect(data.scanHistory).toEqual([expect.objectContaining({ code: '0012345678905' })])
    expect(data.sessions).toEqual([expect.objectContaining({ method: 'email-code', revokedAt: null })])
    expect(data.passkeys).toEqual([expect.objectContaining({ name: `${person.name}'s phone`, deviceType: 'multiDevice' })])
    expect(data.pushSubscriptions).toEqual([expect.objectContaining({ service: 'https://push.example.net' })])
    expect(data.identityMerges).toEqual([expect.objectContaining({ kind: 'visitor', detail: { wishlist: 1, reservations: 1, scans: 1 } })])
    expect(data.privacyRequests).toEqual([expect.objectContaining({ kind: 'export', source: 'privacy-centre' })])

    const text = JSON.stringify(data)
    for (const secret of ['token_hash', 'tokenHash', 'secret-public-key', 'auth-secret', `/send/${m.memberId}`, 'code_hash', other.memberId, 'notexa']) {
      expect(text, secret).not.toContain(secret)
    }
    const [request] = await rows<{ completed: boolean }>(h.db, sql`select completed_at is not null as completed from privacy_requests where member_id = ${m.memberId} and kind = 'export'`)
    expect(request.completed).toBe(true)
  })

  it('refuses an unknown member', async () => {
    await expect(exportMemberData(h.db, 'mem_nobody', 'api')).rejects.toMatchObject({ type: 'member-not-found' })
  })
})
