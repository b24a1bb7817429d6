import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, memberForSession, type SessionMember } from '../customers'
import type { DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { findOrCreateMember } from '../loyalty/ledger'
import { PasskeyFailed, PasskeyNotFound } from './errors'
import { registerPasskey, registrationOptions } from './passkey-register'
import { authenticationOptions, signInWithPasskey } from './passkey-sign-in'
import { listPasskeys, removePasskey, renamePasskey } from './passkeys'
import type { RelyingParty } from './relying-party'
import { SoftAuthenticator } from './testing'

const rp: RelyingParty = { rpID: 'localhost', origin: 'http://localhost:3000', rpName: 'Aisle' }
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000)

describe.each(testDrivers)('passkeys on %s', (driver) => {
  let h: DbHandle
  let n = 0
  const ctx = () => ({ ip: `10.7.0.${++n}`, visitorId: null })
  const member = async (email: string): Promise<SessionMember> => {
    const { memberId } = await findOrCreateMember(h.db, { name: '', email })
    const { token } = await createSession(h.db, memberId, 'email-code')
    return (await memberForSession(h.db, token))!
  }
  /** A member with one registered passkey on a fresh authenticator. */
  const withPasskey = async (email: string) => {
    const m = await member(email)
    const device = new SoftAuthenticator(rp.rpID, rp.origin)
    const view = await registerPasskey(h.db, m, { response: device.create(await registrationOptions(h.db, m, rp)) }, rp)
    return { m, device, view }
  }
  const signIn = async (device: SoftAuthenticator, opts: { advance?: boolean; origin?: string } = {}) =>
    signInWithPasskey(h.db, { response: device.get(await authenticationOptions(h.db, rp, ctx()), opts) }, rp, ctx())

  beforeAll(async () => {
    h = await openTestDb(driver, { seed: false })
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('registers a discoverable passkey with user verification, named for the member to see', async () => {
    const m = await member('reg@example.com')
    const options = await registrationOptions(h.db, m, rp)
    expect(options.rp).toEqual({ name: 'Aisle', id: 'localhost' })
    expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' })
    expect(Buffer.from(options.user.id, 'base64url').toString()).toBe(m.memberId)
    const device = new SoftAuthenticator(rp.rpID, rp.origin)
    const response = device.create(options)
    const view = await registerPasskey(h.db, m, { response }, rp)
    expect(view).toMatchObject({ id: device.id, name: 'Passkey', lastUsedAt: null })
    // The challenge was used: the same answer again is refused, and a second key is "Passkey 2".
    await expect(registerPasskey(h.db, m, { response }, rp)).rejects.toBeInstanceOf(PasskeyFailed)
    const second = new SoftAuthenticator(rp.rpID, rp.origin)
    await registerPasskey(h.db, m, { response: second.create(await registrationOptions(h.db, m, rp)) }, rp)
    expect((await listPasskeys(h.db, m.memberId)).map((p) => p.name)).toEqual(['Passkey', 'Passkey 2'])
    // The next options exclude both.
    expect((await registrationOptions(h.db, m, rp)).excludeCredentials?.map((c) => c.id).sort()).toEqual([device.id, second.id].sort())
  })

  it("refuses another member's challenge, a wrong origin, and a lapsed challenge", async () => {
    const ann = await member('ann-reg@example.com')
    const bo = await member('bo-reg@example.com')
    const device = new SoftAuthenticator(rp.rpID, rp.origin)
    await expect(registerPasskey(h.db, bo, { response: device.create(await registrationOptions(h.db, ann, rp)) }, rp)).rejects.toBeInstanceOf(PasskeyFailed)
    const phishing = new SoftAuthenticator(rp.rpID, 'https://aisle.evil.example')
    await expect(registerPasskey(h.db, ann, { response: phishing.create(await registrationOptions(h.db, ann, rp)) }, rp)).rejects.toBeInstanceOf(PasskeyFailed)
    const slow = new SoftAuthenticator(rp.rpID, rp.origin)
    const options = await registrationOptions(h.db, ann, rp)
    await expect(registerPasskey(h.db, ann, { response: slow.create(options) }, rp, later(6))).rejects.toBeInstanceOf(PasskeyFailed)
    expect(await listPasskeys(h.db, ann.memberId)).toEqual([])
  })

  it('signs in usernameless, and the counter must move forward', async () => {
    const { m, device } = await withPasskey('signin@example.com')
    const options = await authenticationOptions(h.db, rp, ctx())
    expect(options.allowCredentials).toBeUndefined()
    expect(options.userVerification).toBe('required')
    const response = device.get(options)
    const result = await signInWithPasskey(h.db, { response }, rp, ctx())
    expect(result.member.id).toBe(m.memberId)
    expect(await memberForSession(h.db, result.token)).toMatchObject({ memberId: m.memberId })
    const [session] = await rows<{ method: string }>(h.db, sql`select method from member_sessions where member_id = ${m.memberId} order by created_at desc limit 1`)
    expect(session.method).toBe('passkey')
    expect((await listPasskeys(h.db, m.memberId))[0].lastUsedAt).not.toBeNull()

    // The same signed answer again: its challenge is gone.
    await expect(signInWithPasskey(h.db, { response }, rp, ctx())).rejects.toBeInstanceOf(PasskeyFailed)
    // A fresh challenge but an old count (a cloned authenticator): refused.
    await expect(signIn(device, { advance: false })).rejects.toBeInstanceOf(PasskeyFailed)
    // A signature made for another origin: refused.
    await expect(signIn(device, { origin: 'https://aisle.evil.example' })).rejects.toBeInstanceOf(PasskeyFailed)
    // The real authenticator's next use is fine.
    await expect(signIn(device)).resolves.toMatchObject({ member: { id: m.memberId } })
  })

  it('two parallel uses of one count: only one signs in', async () => {
    const { device } = await withPasskey('race@example.com')
    const [a, b] = await Promise.all([authenticationOptions(h.db, rp, ctx()), authenticationOptions(h.db, rp, ctx())])
    const first = device.get(a)
    const second = device.get(b, { advance: false })
    const results = await Promise.allSettled([signInWithPasskey(h.db, { response: first }, rp, ctx()), signInWithPasskey(h.db, { response: second }, rp, ctx())])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
  })

  it("renames and removes only the member's own passkeys; a removed one cannot sign in", async () => {
    const { m, device, view } = await withPasskey('own@example.com')
    const other = await member('other-own@example.com')
    await expect(renamePasskey(h.db, other.memberId, view.id, { name: 'Mine now' })).rejects.toBeInstanceOf(PasskeyNotFound)
    await expect(removePasskey(h.db, other.memberId, view.id)).rejects.toBeInstanceOf(PasskeyNotFound)
    await expect(renamePasskey(h.db, m.memberId, view.id, { name: '  ' })).rejects.toThrow('Give the passkey a name.')
    await expect(renamePasskey(h.db, m.memberId, view.id, { name: ' Work laptop ' })).resolves.toMatchObject({ name: 'Work laptop' })
    await removePasskey(h.db, m.memberId, view.id)
    expect(await listPasskeys(h.db, m.memberId)).toEqual([])
    await expect(signIn(device)).rejects.toThrow('not linked to an Aisle account')
  })
})
