import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import type { StaffRole } from '../db/schema'
import { DomainError } from '../errors'
import { DECOY_HASH, PIN_PATTERN, verifyPin } from './pin'
import type { StaffMember } from './roles'

export const MAX_FAILED_ATTEMPTS = 5
export const LOCKOUT_MINUTES = 15
export const SESSION_HOURS = 12

export const SignInInput = z
  .object({
    staffId: z.string().trim().toUpperCase().min(1, 'Enter your staff id.').max(40),
    pin: z.string().trim().regex(PIN_PATTERN, 'A PIN is 4 to 8 digits.'),
  })
  .meta({ id: 'StaffSignInInput' })

export class InvalidCredentials extends DomainError {
  constructor(attemptsLeft?: number) {
    super(
      'invalid-credentials',
      401,
      'Wrong staff id or PIN',
      attemptsLeft !== undefined && attemptsLeft <= 2
        ? `That staff id and PIN do not match. ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left before the account locks for ${LOCKOUT_MINUTES} minutes.`
        : 'That staff id and PIN do not match.',
    )
  }
}

export class AccountLocked extends DomainError {
  constructor(readonly until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
    super('account-locked', 423, 'Account locked', `Too many wrong PINs. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask a manager.`, {
      lockedUntil: until.toISOString(),
    })
  }
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url')

type StaffRow = { id: string; store_id: string; name: string; role: StaffRole; pin_hash: string; failed_attempts: number | string; locked_until: Date | string | null; active: boolean }

const member = (r: Pick<StaffRow, 'id' | 'store_id' | 'name' | 'role'>): StaffMember => ({ id: r.id, storeId: r.store_id, name: r.name, role: r.role })

/**
 * Staff id + PIN → a new session. Five wrong PINs in a row lock the account for 15 minutes (the
 * counter is one atomic UPDATE, so parallel guesses cannot slip past it); an unknown id costs the
 * same hashing time as a known one.
 */
export async function signIn(db: Db, input: unknown, now = new Date()): Promise<{ token: string; expiresAt: Date; staff: StaffMember }> {
  const { staffId, pin } = SignInInput.parse(input)
  const [row] = await rows<StaffRow>(db, sql`select * from staff where id = ${staffId}`)
  if (!row || !row.active) {
    await verifyPin(pin, DECOY_HASH)
    throw new InvalidCredentials()
  }
  if (row.locked_until && new Date(iso(row.locked_until)) > now) throw new AccountLocked(new Date(iso(row.locked_until)))
  if (!(await verifyPin(pin, row.pin_hash))) {
    const [after] = await rows<{ failed_attempts: number | string; locked_until: Date | string | null }>(
      db,
      sql`update staff set
            failed_attempts = case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS} then 0 else failed_attempts + 1 end,
            locked_until = case when failed_attempts + 1 >= ${MAX_FAILED_ATTEMPTS}
                                then ${now.toISOString()}::timestamptz + make_interval(mins => ${LOCKOUT_MINUTES}) else locked_until end
          where id = ${row.id} returning failed_attempts, locked_until`,
    )
    if (after.locked_until && new Date(iso(after.locked_until)) > now) throw new AccountLocked(new Date(iso(after.locked_until)))
    throw new InvalidCredentials(MAX_FAILED_ATTEMPTS - num(after.failed_attempts))
  }
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000)
  await db.transaction(async (tx) => {
    await tx.execute(sql`update staff set failed_attempts = 0, locked_until = null where id = ${row.id}`)
    await tx.execute(sql`insert into staff_sessions (token_hash, staff_id, expires_at) values (${sha256(token)}, ${row.id}, ${expiresAt.toISOString()})`)
  })
  return { token, expiresAt, staff: member(row) }
}

/** The signed-in staff member for a session token, or null when it is unknown, expired, revoked or the account is inactive. */
export async function staffForToken(db: Db, token: string | undefined, now = new Date()): Promise<StaffMember | null> {
  if (!token || token.length > 100) return null
  const [row] = await rows<StaffRow>(
    db,
    sql`select s.id, s.store_id, s.name, s.role from staff_sessions x join staff s on s.id = x.staff_id
        where x.token_hash = ${sha256(token)} and x.revoked_at is null and x.expires_at > ${now.toISOString()} and s.active`,
  )
  return row ? member(row) : null
}

export async function signOut(db: Db, token: string | undefined): Promise<void> {
  if (!token) return
  await db.execute(sql`update staff_sessions set revoked_at = now() where token_hash = ${sha256(token)} and revoked_at is null`)
}
