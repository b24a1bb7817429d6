import { sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { listOutbox } from '../mail/outbox'
import { requestCode, verifyCode } from './codes'
import { SIGN_IN_SUBJECT } from './code-mail'
import { saveChallenge } from './challenges'
import { CodeExpired, CodeLocked, InvalidCode, RateLimited } from './errors'
import { pruneSignInState } from './prune'

const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000)

describe.each(testDrivers)('email sign-in codes on %s', (driver) => {
  let h: DbHandle
  let n = 0
  // Each test its own address and IP, so the limits of one never touch another.
  const fresh = () => {
    n++
    return { email: `shopper${n}@example.com`, ip: `10.0.0.${n}` }
  }
  const codeFor = async (email: string) => {
    const [mail] = await listOutbox(h.db, { to: email, limit: 1 })
    expect(mail.subject).toBe(SIGN_IN_SUBJECT)
    return /\b(\d{6})\b/.exec(mail.text)![1]
  }
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

  beforeAll(async () => {
    h = await openTestDb(driver, { seed: false })
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })
  afterEach(() => {
    delete process.env.AISLE_RATE_LIMIT_EMAIL
    delete process.env.AISLE_RATE_LIMIT_IP
  })

  it('mails a 6-digit code, stores only its HMAC, and answers the same for any address', async () => {
    const { email, ip } = fresh()
    const answer = await requestCode(h.db, { email: `  ${email.toUpperCase()} ` }, { ip })
    expect(answer).toEqual({ status: 'sent', expiresInSeconds: 600, resendAfterSeconds: 30 })
    const code = await codeFor(email)
    expect(code).toMatch(/^\d{6}$/)
    const stored = await rows<{ email: string; code_hash: string }>(h.db, sql`select email, code_hash from sign_in_codes where email = ${email}`)
    expect(stored).toHaveLength(1)
    expect(stored[0].code_hash).not.toContain(code)
    expect(stored[0].code_hash.length).toBeGreaterThan(30)
    // No member exists for this address, and none was made by asking.
    expect(await rows(h.db, sql`select 1 from members where email = ${email}`)).toHaveLength(0)
  })

  it('refuses an address that is not one', async () => {
    await expect(requestCode(h.db, { email: 'not-an-email' }, { ip: '10.9.9.9' })).rejects.toThrow('valid email')
  })

  it('accepts the right code once, spaces and all, and never again', async () => {
    const { email, ip } = fresh()
    await requestCode(h.db, { email }, { ip })
    const code = await codeFor(email)
    await expect(verifyCode(h.db, { email: email.toUpperCase(), code: `${code.slice(0, 3)} ${code.slice(3)}` }, { ip })).resolves.toMatchObject({ email })
    await expect(verifyCode(h.db, { email, code }, { ip })).rejects.toBeInstanceOf(InvalidCode)
  })

  it('counts wrong tries and kills the code on the fifth, even for the right code afterwards', async () => {
    const { email, ip } = fresh()
    await requestCode(h.db, { email }, { ip })
    const code = await codeFor(email)
    for (let left = 4; left >= 1; left--) {
      const e = await verifyCode(h.db, { email, code: wrong(code) }, { ip }).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(InvalidCode)
      expect((e as InvalidCode).extra).toEqual({ triesLeft: left })
    }
    await expect(verifyCode(h.db, { email, code: wrong(code) }, { ip })).rejects.toBeInstanceOf(CodeLocked)
    await expect(verifyCode(h.db, { email, code }, { ip })).rejects.toBeInstanceOf(CodeLocked)
  })

  it('parallel wrong guesses get five tries between them, no more', async () => {
    const { email, ip } = fresh()
    await requestCode(h.db, { email }, { ip })
    const code = await codeFor(email)
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => verifyCode(h.db, { email, code: wrong(code) }, { ip })))
    const reasons = results.map((r) => (r.status === 'rejected' ? (r.reason as Error).constructor : null))
    expect(reasons.filter((c) => c === InvalidCode)).toHaveLength(4)
    expect(reasons.filter((c) => c === CodeLocked)).toHaveLength(8)
    const [row] = await rows<{ attempts: number }>(h.db, sql`select attempts from sign_in_codes where email = ${email}`)
    expect(num(row.attempts)).toBe(5)
  })

  it('expires after 10 minutes', async () => {
    const { email, ip } = fresh()
    const now = new Date()
    await requestCode(h.db, { email }, { ip, now })
    const code = await codeFor(email)
    await expect(verifyCode(h.db, { email, code }, { ip, now: minutes(10, now) })).rejects.toBeInstanceOf(CodeExpired)
    await expect(verifyCode(h.db, { email, code }, { ip, now: minutes(9.9, now) })).resolves.toMatchObject({ email })
  })

  it('a new code supersedes the older one', async () => {
    const { email, ip } = fresh()
    await requestCode(h.db, { email }, { ip })
    const first = await codeFor(email)
    await requestCode(h.db, { email }, { ip })
    const second = await codeFor(email)
    if (first !== second) await expect(verifyCode(h.db, { email, code: first }, { ip })).rejects.toBeInstanceOf(InvalidCode)
    await expect(verifyCode(h.db, { email, code: second }, { ip })).resolves.toMatchObject({ email })
  })

  it('an address with no code, or a malformed code, is a clear refusal', async () => {
    const { email, ip } = fresh()
    await expect(verifyCode(h.db, { email, code: '123456' }, { ip })).rejects.toBeInstanceOf(InvalidCode)
    await expect(verifyCode(h.db, { email, code: '12345' }, { ip })).rejects.toThrow('6 digits')
  })

  it('limits codes per address (3 per 10 minutes) with a Retry-After, whatever IP asks', async () => {
    const { email } = fresh()
    const now = new Date()
    for (let i = 0; i < 3; i++) await requestCode(h.db, { email }, { ip: `10.1.0.${i}`, now })
    const e = await requestCode(h.db, { email: ` ${email.toUpperCase()}` }, { ip: '10.1.0.9', now: minutes(4, now) }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(RateLimited)
    expect((e as RateLimited).retryAfterSeconds).toBe(360)
    // The bucket names neither the address nor anything readable.
    const buckets = await rows<{ bucket: string }>(h.db, sql`select bucket from rate_limits`)
    expect(buckets.some((b) => b.bucket.includes(email) || b.bucket.includes('10.1.0'))).toBe(false)
    // A new window opens after 10 minutes.
    await expect(requestCode(h.db, { email }, { ip: '10.1.0.9', now: minutes(10, now) })).resolves.toMatchObject({ status: 'sent' })
  })

  it('limits code requests per IP: 20 parallel requests against a limit of 3 → exactly 3 mails', async () => {
    process.env.AISLE_RATE_LIMIT_IP = '3'
    const ip = '10.2.0.1'
    const emails = Array.from({ length: 20 }, (_, i) => `flood${i}@example.com`)
    const results = await Promise.allSettled(emails.map((email) => requestCode(h.db, { email }, { ip })))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimited)).toHaveLength(17)
    const mails = (await listOutbox(h.db, { limit: 100 })).filter((m) => m.to.startsWith('flood'))
    expect(mails).toHaveLength(3)
  })

  it('limits code checks per IP', async () => {
    process.env.AISLE_RATE_LIMIT_IP = '2'
    const ip = '10.3.0.1'
    const tries = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => verifyCode(h.db, { email: `nobody${i}@example.com`, code: '000000' }, { ip })))
    expect(tries.filter((r) => r.status === 'rejected' && r.reason instanceof InvalidCode)).toHaveLength(6)
    expect(tries.filter((r) => r.status === 'rejected' && r.reason instanceof RateLimited)).toHaveLength(2)
  })

  it('prunes what can no longer matter, and keeps what still can', async () => {
    const { email, ip } = fresh()
    const now = new Date()
    await requestCode(h.db, { email }, { ip, now })
    await saveChallenge(h.db, 'authenticate', 'prune-me', null, now)
    const count = async () =>
      (await rows<{ c: number | string; w: number | string; r: number | string }>(
        h.db,
        sql`select (select count(*) from sign_in_codes where email = ${email}) as c,
                   (select count(*) from webauthn_challenges where challenge = 'prune-me') as w,
                   (select count(*) from rate_limits) as r`,
      )).map((x) => [num(x.c), num(x.w), num(x.r)])[0]
    const [, , buckets] = await count()
    await pruneSignInState(h.db, minutes(1, now))
    expect(await count()).toEqual([1, 1, buckets])
    await pruneSignInState(h.db, minutes(24 * 60 + 11, now))
    expect(await count()).toEqual([0, 0, 0])
  })
})
