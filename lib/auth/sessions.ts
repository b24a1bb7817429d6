// Where a member is signed in, as the account page and the BFF show it.
import { listSessions } from '../customers/sessions'
import type { Db } from '../db/client'
import { iso } from '../db/rows'

export type SessionView = { id: string; method: 'email-code' | 'passkey'; createdAt: string; lastSeenAt: string; current: boolean }

/** The member's open sessions, most recently used first, marking the one this request came with. */
export async function sessionsOf(db: Db, memberId: string, currentSessionId: string): Promise<SessionView[]> {
  const open = await listSessions(db, memberId)
  return open.map((s) => ({ id: s.id, method: s.method, createdAt: iso(s.created_at), lastSeenAt: iso(s.last_seen_at), current: s.id === currentSessionId }))
}
