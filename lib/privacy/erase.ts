// "Delete my account": erasure of a member's personal data everywhere it is held, in one
// transaction. Receipts stay for accounting, without the member; their lines describe products.
import { sql } from 'drizzle-orm'
import { bucketOf } from '../auth/rate-limit'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { DomainError } from '../errors'
import { unattachedReservationsOf } from '../identity/contact'
import { normalizeEmail } from '../identity/normalize'
import { emitEvent, writeTx } from '../inventory/ledger'
import { UnknownMember } from '../loyalty/ledger'
import { getSecret } from '../secret'
import { rotateWalletId } from '../wallet/token'
import { completeRequest, openRequest } from './requests'
import { privacySubject } from './subject'

export class DeletionNotConfirmed extends DomainError {
  constructor() {
    super('deletion-not-confirmed', 422, 'Not confirmed', 'To delete your account, type your email address or the word DELETE.')
  }
}

/** The confirmation a person typed: their own email (however cased) or the word DELETE. */
export function confirmsDeletion(typed: string, email: string): boolean {
  const t = typed.trim()
  return t === 'DELETE' || normalizeEmail(t) === normalizeEmail(email)
}

export type ErasureReport = { requestId: string; reservations: number; mail: number; receiptsKept: number; sessions: number }

/**
 * Erases the member. `visitorId` is the browser's anonymous id, whose leftovers (reservations,
 * saved products, push subscriptions) go too. Revokes every session (they are deleted with the
 * member), every wallet card and pass (the wallet id is rotated, then deleted with the member).
 */
export async function eraseMember(db: Db, memberId: string, opts: { source: string; visitorId?: string | null }): Promise<ErasureReport> {
  const secret = await getSecret(db)
  const [member] = await rows<{ email: string; phone: string | null; name: string }>(db, sql`select email, phone, name from members where id = ${memberId}`)
  if (!member) throw new UnknownMember()
  const requestId = await openRequest(db, { kind: 'delete', subject: privacySubject(secret, memberId), memberId, source: opts.source })
  const email = normalizeEmail(member.email) ?? member.email.trim().toLowerCase()
  const visitorId = opts.visitorId ?? null

  return writeTx(db, async (tx) => {
    await tx.execute(sql`select id from members where id = ${memberId} for update`)
    const reservationIds = [
      ...(await rows<{ id: string }>(tx, sql`select id from reservations where member_id = ${memberId} or (${visitorId}::text is not null and visitor_id = ${visitorId})`)).map((r) => r.id),
      ...(await unattachedReservationsOf(tx, { email, phone: member.phone })),
    ]
    const reservations = reservationIds.length
      ? (
          await rows(
            tx,
            sql`update reservations set customer_name = null, customer_email = null, customer_phone = null, member_id = null, visitor_id = null, updated_at = now()
                where id in (${sql.join(reservationIds.map((id) => sql`${id}`), sql`, `)}) returning id`,
          )
        ).length
      : 0
    const mail = (await rows(tx, sql`delete from mail_outbox where lower(trim(to_address)) = ${email} returning id`)).length
    await tx.execute(sql`delete from sign_in_codes where lower(trim(email)) = ${email}`)
    await tx.execute(sql`delete from rate_limits where bucket = ${bucketOf(secret, 'code-email', email)}`)
    if (visitorId) {
      await tx.execute(sql`delete from wishlist_items where visitor_id = ${visitorId}`)
      await tx.execute(sql`delete from push_subscriptions where visitor_id = ${visitorId}`)
    }
    // Events carry ids, not contact details; those about the member go, and any payload that
    // names their email or phone is emptied rather than trusted to have been written carefully.
    await tx.execute(sql`delete from events where payload->>'memberId' = ${memberId}`)
    await tx.execute(sql`update events set payload = '{"erased":true}'::jsonb
                         where strpos(lower(payload::text), ${email}) > 0 or (${member.phone}::text is not null and strpos(payload::text, ${member.phone ?? ''}) > 0)`)
    const receiptsKept = (await rows(tx, sql`select id from receipts where member_id = ${memberId}`)).length
    const [{ open }] = await rows<{ open: number | string }>(tx, sql`select count(*) as open from member_sessions where member_id = ${memberId} and revoked_at is null and expires_at > now()`)
    await rotateWalletId(tx, memberId)
    // Cascades: sessions, passkeys, challenges, consents and their log, wishlist, scans, push
    // subscriptions, loyalty account and ledger, merge audit. Receipts keep their rows, member_id null.
    await tx.execute(sql`delete from members where id = ${memberId}`)
    // Tells the member's other open screens to sign out; carries the (now meaningless) id only.
    await emitEvent(tx, 'member.changed', null, { memberId, fields: ['deleted'] })
    await completeRequest(tx, requestId)
    return { requestId, reservations, mail, receiptsKept, sessions: Number(open) }
  })
}
