// Email sign-in codes: 6 random digits mailed to the address, kept only as an HMAC, 10 minutes, 5 tries, once.
import { randomBytes, randomInt } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { writeTx } from '../inventory/ledger'
import { enqueueMail } from '../mail/outbox'
import { getSecret, sign } from '../secret'
import { signInMail } from './code-mail'
import { CodeExpired, CodeLocked, InvalidCode } from './errors'
import { CODE_MINUTES, CODE_TRIES, RESEND_SECONDS } from './policy'
import { authLimits, bucketOf, consumeRate } from './rate-limit'
import { CodeRequestInput, VerifyInput } from './schemas'

/** The code's HMAC, bound to the address it was sent to: a stored hash says nothing without the key. */
const codeHash = (secret: Buffer, email: string, code: string) => sign(secret, 'sign-in-code', `${email}:${code}`, 32)

export type CodeRequestResult = { status: 'sent'; expiresInSeconds: number; resendAfterSeconds: number }

/**
 * Mails a fresh code to the address. The answer is the same whether or not a member has that
 * email (nothing is looked up), so it cannot be used to learn who shops here. Limited per client
 * IP and per address; a new code replaces any earlier one for the address.
 */
export async function requestCode(db: Db, input: unknown, ctx: { ip: string; now?: Date }): Promise<CodeRequestResult> {
  const { email } = CodeRequestInput.parse(input)
  const now = ctx.now ?? new Date()
  const secret = await getSecret(db)
  const limits = authLimits()
  await consumeRate(db, bucketOf(secret, 'code-ip', ctx.ip), limits.codesPerIp, now)
  await consumeRate(db, bucketOf(secret, 'code-email', email), limits.codesPerEmail, now)
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000)
  await writeTx(db, async (tx) => {
    await tx.execute(sql`delete from sign_in_codes where email = ${email}`)
    await tx.execute(sql`insert into sign_in_codes (id, email, code_hash, expires_at, created_at)
                         values (${`sic_${randomBytes(10).toString('hex')}`}, ${email}, ${codeHash(secret, email, code)}, ${expiresAt}, ${now})`)
    await enqueueMail(tx, { to: email, kind: 'sign-in.code', ...signInMail(code) })
  })
  return { status: 'sent', expiresInSeconds: CODE_MINUTES * 60, resendAfterSeconds: RESEND_SECONDS }
}

/**
 * Checks a code against the address's newest one (a new request supersedes older codes); on success
 * it is used up and the normalised email is returned. One conditional UPDATE both judges and
 * counts, so parallel guesses cannot get more than CODE_TRIES between them.
 * Limited per client IP (guessing across many addresses).
 */
export async function verifyCode(db: Db, input: unknown, ctx: { ip: string; now?: Date }): Promise<{ email: string; scans: unknown[] }> {
  const { email, code, scans } = VerifyInput.parse(input)
  const now = ctx.now ?? new Date()
  const secret = await getSecret(db)
  await consumeRate(db, bucketOf(secret, 'check-ip', ctx.ip), authLimits().checksPerIp, now)
  const hash = codeHash(secret, email, code)
  const [judged] = await rows<{ ok: boolean; attempts: number | string }>(
    db,
    sql`update sign_in_codes set
          attempts = attempts + case when code_hash = ${hash} then 0 else 1 end,
          consumed_at = case when code_hash = ${hash} then ${now}::timestamptz else null end
        where id = (select id from sign_in_codes where email = ${email} order by created_at desc, id desc limit 1)
          and consumed_at is null and expires_at > ${now} and attempts < ${CODE_TRIES}
        returning code_hash = ${hash} as ok, attempts`,
  )
  if (judged?.ok) return { email, scans: scans ?? [] }
  if (judged) {
    const left = CODE_TRIES - num(judged.attempts)
    if (left <= 0) throw new CodeLocked()
    throw new InvalidCode(left)
  }
  // Nothing was counted: say why, without revealing more than the code's own state.
  const [latest] = await rows<{ attempts: number | string; expires_at: Date | string; consumed_at: Date | string | null }>(
    db,
    sql`select attempts, expires_at, consumed_at from sign_in_codes where email = ${email} order by created_at desc, id desc limit 1`,
  )
  if (!latest || latest.consumed_at) throw new InvalidCode()
  if (num(latest.attempts) >= CODE_TRIES) throw new CodeLocked()
  if (new Date(iso(latest.expires_at)) <= now) throw new CodeExpired()
  throw new InvalidCode()
}
