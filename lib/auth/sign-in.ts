// A verified person becomes a signed-in browser: the member (made on first sign-in), a rotated
// session, and what the browser collected before sign-in folded into the account.
import { sql } from 'drizzle-orm'
import { createSession, type SignInMethod } from '../customers/sessions'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { mergeVisitorIntoMember, type VisitorMergeCounts } from '../identity/merge'
import { findOrCreateMember } from '../loyalty/ledger'
import { verifyCode } from './codes'
import { scansForMerge } from './scans'

export type SignInContext = { ip: string; previousToken?: string; visitorId: string | null; now?: Date }
export type Member = { id: string; email: string; name: string; phone: string | null }
export type SignInResult = { token: string; expiresAt: Date; member: Member; merged: VisitorMergeCounts }

/** Email + code → a session. The first sign-in with an address creates its member (no name yet) and loyalty account. */
export async function signInWithCode(db: Db, input: unknown, ctx: SignInContext): Promise<SignInResult> {
  const { email, scans } = await verifyCode(db, input, ctx)
  const { memberId } = await findOrCreateMember(db, { name: '', email })
  return startSession(db, memberId, 'email-code', ctx, scans)
}

/**
 * The session for a member who has just proven who they are. The browser's previous session token
 * is revoked (the id rotates at every sign-in), then its visitor data merges into the member. A
 * failed merge does not undo the sign-in: it is one transaction of its own, and what it would have
 * moved stays with the visitor id for the next sign-in.
 */
export async function startSession(db: Db, memberId: string, method: SignInMethod, ctx: SignInContext, scans: unknown[]): Promise<SignInResult> {
  const session = await createSession(db, memberId, method, { previousToken: ctx.previousToken, now: ctx.now })
  let merged: VisitorMergeCounts = { wishlist: 0, reservations: 0, scans: 0 }
  try {
    merged = await mergeVisitorIntoMember(db, { visitorId: ctx.visitorId, memberId, scans: await scansForMerge(db, scans) })
  } catch (e) {
    console.error('sign-in: visitor merge failed', e instanceof Error ? e.message : 'unknown error')
  }
  const [member] = await rows<Member>(db, sql`select id, email, name, phone from members where id = ${memberId}`)
  return { token: session.token, expiresAt: session.expiresAt, member, merged }
}
