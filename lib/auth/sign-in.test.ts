import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { memberForSession, newVisitorId, revokeAllSessions, revokeSession } from '../customers'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { listOutbox } from '../mail/outbox'
import { requestCode } from './codes'
import { PhoneTaken } from './errors'
import { formatPhone, updateProfile } from './profile'
import { sessionsOf } from './sessions'
import { signInWithCode } from './sign-in'

describe.each(testDrivers)('signing in with an email code on %s', (driver) => {
  let h: DbHandle
  let n = 0
  const ip = () => `10.8.0.${++n}`
  const codeFor = async (email: string) => /\b(\d{6})\b/.exec((await listOutbox(h.db, { to: email, limit: 1 }))[0].text)![1]
  /** Asks for a code as `typed`, then signs in with it. */
  const signIn = async (typed: string, extra: { previousToken?: string; visitorId?: string | null; scans?: unknown[] } = {}) => {
    const at = ip()
    await requestCode(h.db, { email: typed }, { ip: at })
    const code = await codeFor(typed.trim().toLowerCase())
    return signInWithCode(h.db, { email: typed, code, scans: extra.scans }, { ip: at, previousToken: extra.previousToken, visitorId: extra.visitorId ?? null })
  }

  beforeAll(async () => {
    h = await openTestDb(driver)
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('makes one member (no name yet, with a loyalty account) for "  Ann@Example.COM " and "ann@example.com"', async () => {
    const first = await signIn('  Ann@Example.COM ')
    const second = await signIn('ann@example.com')
    expect(first.member).toEqual({ id: first.member.id, email: 'ann@example.com', name: '', phone: null })
    expect(second.member.id).toBe(first.member.id)
    expect(await rows(h.db, sql`select id from members where email = 'ann@example.com'`)).toHaveLength(1)
    expect(await rows(h.db, sql`select 1 from loyalty_accounts where member_id = ${first.member.id}`)).toHaveLength(1)
    expect(await memberForSession(h.db, first.token)).toMatchObject({ memberId: first.member.id, email: 'ann@example.com' })
  })

  it('rotates the session: the token this browser had before is worthless afterwards', async () => {
    const before = await signIn('rotate@example.com')
    const after = await signIn('rotate@example.com', { previousToken: before.token })
    expect(after.token).not.toBe(before.token)
    expect(await memberForSession(h.db, before.token)).toBeNull()
    expect(await memberForSession(h.db, after.token)).not.toBeNull()
  })

  it('signs out one browser, or every browser at once', async () => {
    const phone = await signIn('everywhere@example.com')
    const laptop = await signIn('everywhere@example.com')
    const tablet = await signIn('everywhere@example.com')
    const current = (await memberForSession(h.db, laptop.token))!
    const open = await sessionsOf(h.db, current.memberId, current.sessionId)
    expect(open).toHaveLength(3)
    expect(open.filter((s) => s.current).map((s) => s.id)).toEqual([current.sessionId])
    expect(open.every((s) => s.method === 'email-code')).toBe(true)

    await revokeSession(h.db, tablet.token)
    expect(await memberForSession(h.db, tablet.token)).toBeNull()
    expect(await sessionsOf(h.db, current.memberId, current.sessionId)).toHaveLength(2)

    expect(await revokeAllSessions(h.db, current.memberId)).toBe(2)
    expect(await memberForSession(h.db, phone.token)).toBeNull()
    expect(await memberForSession(h.db, laptop.token)).toBeNull()
    expect(await sessionsOf(h.db, current.memberId, current.sessionId)).toEqual([])
  })

  it("brings the visitor's wishlist and the browser's scans (by handle) to the account", async () => {
    const visitorId = newVisitorId()
    const [product] = await rows<{ id: string; handle: string }>(h.db, sql`select id, handle from products order by id limit 1`)
    await h.db.execute(sql`insert into wishlist_items (visitor_id, product_id) values (${visitorId}, ${product.id})`)
    const scannedAt = new Date(Date.now() - 60_000).toISOString()
    const result = await signIn('visitor@example.com', {
      visitorId,
      scans: [{ code: '0012345678905', handle: product.handle, scannedAt }, { code: 'NOT-CARRIED', scannedAt }, 'junk'],
    })
    expect(result.merged).toEqual({ wishlist: 1, reservations: 0, scans: 2 })
    const kept = await rows<{ code: string; product_id: string | null }>(h.db, sql`select code, product_id from scan_history where member_id = ${result.member.id} order by code`)
    expect(kept).toEqual([
      { code: '0012345678905', product_id: product.id },
      { code: 'NOT-CARRIED', product_id: null },
    ])
  })

  it('saves name and a normalised phone, and refuses a phone that is another member’s', async () => {
    const ann = await signIn('phone-ann@example.com')
    const bo = await signIn('phone-bo@example.com')
    const saved = await updateProfile(h.db, ann.member.id, { name: '  Ann Lee ', phone: '(312) 555-0199' })
    expect(saved).toMatchObject({ name: 'Ann Lee', phone: '+13125550199' })
    await expect(updateProfile(h.db, bo.member.id, { name: 'Bo', phone: '+1 312 555 0199' })).rejects.toBeInstanceOf(PhoneTaken)
    await expect(updateProfile(h.db, bo.member.id, { name: 'Bo', phone: '12' })).rejects.toThrow('valid phone')
    // Saving one's own number again is fine; an empty phone clears it.
    await expect(updateProfile(h.db, ann.member.id, { name: 'Ann', phone: '312.555.0199' })).resolves.toMatchObject({ phone: '+13125550199' })
    await expect(updateProfile(h.db, ann.member.id, { name: 'Ann', phone: formatPhone('+13125550199') })).resolves.toMatchObject({ phone: '+13125550199' })
    await expect(updateProfile(h.db, ann.member.id, { name: 'Ann', phone: '' })).resolves.toMatchObject({ phone: null })
    const [event] = await rows<{ n: number | string }>(h.db, sql`select count(*) as n from events where type = 'member.changed' and payload->>'memberId' = ${ann.member.id}`)
    expect(num(event.n)).toBe(4)
    expect(formatPhone('+13125550199')).toBe('+1 312 555 0199')
    expect(formatPhone(null)).toBe('')
  })
})
