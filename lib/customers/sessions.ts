// Member sessions: a random token in the cookie, its SHA-256 in the database, revocable one by one or all at once.
import { createHash, randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'

export const SESSION_DAYS = 30
/** last_seen_at is written at most this often, so reading a session is not a write per request. */
const TOUCH_MS = 5 * 60_000

export type SignInMethod = 'email-code' | 'passkey'
export type SessionMember = { memberId: string; sessionId: string; email: string; name: string; phone: string | null }

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url')

/**
 * A new session for a member. Passing the token the browser already had revokes that one: the
 * session id is rotated at every sign-in, so a token seen before sign-in is worth nothing after it.
 */
export async function createSession(
  db: Db,
  memberId: string,
  method: SignInMethod,
  opts: { previousToken?: string; now?: Date } = {},
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const now = opts.now ?? new Date()
  const token = randomBytes(32).toString('base64url')
  const sessionId = `ses_${randomBytes(10).toString('hex')}`
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000)
  if (opts.previousToken) await revokeSession(db, opts.previousToken, now)
  await db.execute(sql`
    insert into member_sessions (id, token_hash, member_id, method, created_at, last_seen_at, expires_at)
    values (${sessionId}, ${sha256(token)}, ${memberId}, ${method}, ${now}, ${now}, ${expiresAt})`)
  return { token, sessionId, expiresAt }
}

/** The member a session token belongs to, or null (unknown, expired or revoked token). */
export async function memberForSession(db: Db, token: string | undefined | null, now = new Date()): Promise<SessionMember | null> {
  if (!token || token.length > 100) return null
  const [row] = await rows<{ id: string; member_id: string; email: string; name: string; phone: string | null; last_seen_at: Date | string }>(
    db,
    sql`select s.id, s.member_id, s.last_seen_at, m.email, m.name, m.phone
        from member_sessions s join members m on m.id = s.member_id
        where s.token_hash = ${sha256(token)} and s.revoked_at is null and s.expires_at > ${now}`,
  )
  if (!row) return null
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_MS) {
    await db.execute(sql`update member_sessions set last_seen_at = ${now} where id = ${row.id}`)
  }
  return { memberId: row.member_id, sessionId: row.id, email: row.email, name: row.name, phone: row.phone }
}

/** Sign this browser out. */
export async function revokeSession(db: Db, token: string, now = new Date()): Promise<void> {
  await db.execute(sql`update member_sessions set revoked_at = ${now} where token_hash = ${sha256(token)} and revoked_at is null`)
}

/** "Sign out everywhere": every session of the member, this one included. Returns how many were open. */
export async function revokeAllSessions(db: Db, memberId: string, now = new Date()): Promise<number> {
  const r = await rows<{ id: string }>(db, sql`update member_sessions set revoked_at = ${now} where member_id = ${memberId} and revoked_at is null returning id`)
  return r.length
}

/** The member's open sessions (for the account page: where am I signed in). */
export async function listSessions(db: Db, memberId: string, now = new Date()) {
  return rows<{ id: string; method: SignInMethod; created_at: Date | string; last_seen_at: Date | string }>(
    db,
    sql`select id, method, created_at, last_seen_at from member_sessions
        where member_id = ${memberId} and revoked_at is null and expires_at > ${now} order by last_seen_at desc`,
  )
}
