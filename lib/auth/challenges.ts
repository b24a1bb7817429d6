// WebAuthn challenges: each is kept for one ceremony, CHALLENGE_MINUTES, and taken exactly once.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { CHALLENGE_MINUTES } from './policy'

type Kind = 'register' | 'authenticate'

export async function saveChallenge(db: Db, kind: Kind, challenge: string, memberId: string | null, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000)
  await db.execute(sql`insert into webauthn_challenges (id, challenge, kind, member_id, expires_at)
                       values (${`wac_${randomBytes(10).toString('hex')}`}, ${challenge}, ${kind}, ${memberId}, ${expiresAt})`)
}

/**
 * True when `challenge` was issued for this ceremony (and this member, for a registration) and has
 * not lapsed. It is deleted in the same statement, so a replayed response finds nothing.
 */
export async function takeChallenge(db: Db, kind: Kind, challenge: string, memberId: string | null, now = new Date()): Promise<boolean> {
  const taken = await rows<{ id: string }>(
    db,
    sql`delete from webauthn_challenges
        where challenge = ${challenge} and kind = ${kind} and member_id is not distinct from ${memberId} and expires_at > ${now}
        returning id`,
  )
  return taken.length > 0
}
