// Duplicate profiles: one person with two member rows (a legacy row with an un-normalised email,
// or an in-store sale where the phone was typed another way). Found by normalised keys; folded
// into one by mergeDuplicateMember.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { DomainError } from '../errors'
import { UnknownMember } from '../loyalty/ledger'
import { phoneTail, phoneTailSql, sameEmail, samePhone } from './contact'
import { foldMember, type DuplicateMergeCounts } from './fold'
import { normalizeEmail } from './normalize'

export type Duplicate = { memberId: string; matchedBy: ('email' | 'phone')[]; hasSignedIn: boolean }

export class CannotMergeIntoItself extends DomainError {
  constructor() {
    super('merge-into-itself', 400, 'Nothing to merge', 'A profile cannot be merged into itself.')
  }
}

/** Other profiles whose email or phone, once normalised, is this member's. */
export async function findDuplicateMembers(db: Db, memberId: string): Promise<Duplicate[]> {
  const [me] = await rows<{ email: string; phone: string | null }>(db, sql`select email, phone from members where id = ${memberId}`)
  if (!me) throw new UnknownMember()
  const email = normalizeEmail(me.email) ?? me.email.trim().toLowerCase()
  const tail = me.phone ? phoneTail(me.phone) : null
  const candidates = await rows<{ id: string; email: string; phone: string | null; signed_in: boolean }>(
    db,
    sql`select m.id, m.email, m.phone,
               exists (select 1 from member_sessions s where s.member_id = m.id) or exists (select 1 from passkeys p where p.member_id = m.id) as signed_in
        from members m
        where m.id <> ${memberId}
          and (lower(trim(m.email)) = ${email}
               or (${tail}::text is not null and m.phone is not null and ${phoneTailSql(sql.raw('m.phone'))} = ${tail}))
        order by m.created_at, m.id`,
  )
  return candidates
    .map((c) => ({
      memberId: c.id,
      matchedBy: [...(sameEmail(c.email, email) ? (['email'] as const) : []), ...(samePhone(c.phone, me.phone) ? (['phone'] as const) : [])],
      hasSignedIn: Boolean(c.signed_in),
    }))
    .filter((d) => d.matchedBy.length > 0)
}

/**
 * Folds `dropId` into `keepId` in one transaction: points and lifetime add up, the ledger,
 * receipts, reservations, wishlist, scans, consents (the most recent choice wins), passkeys,
 * sessions and push subscriptions move, the dropped profile is deleted and an `identity_merges`
 * row (kind 'duplicate') records the counts. Merging a profile that is already gone is a no-op
 * (null), so a retried merge is harmless.
 */
export async function mergeDuplicateMember(db: Db, input: { keepId: string; dropId: string; source: string }): Promise<DuplicateMergeCounts | null> {
  if (input.keepId === input.dropId) throw new CannotMergeIntoItself()
  return foldMember(db, input)
}

/**
 * When it runs: at every sign-in (from mergeVisitorIntoMember). The member just proved the email,
 * so a profile with that same email (typed another way) that has never signed in is theirs and is
 * folded in. A match by phone alone is not proof (phones are typed, not verified) and a profile
 * that has signed in belongs to someone who can sign in: both are left for staff to review.
 */
export async function resolveDuplicatesAtSignIn(db: Db, memberId: string): Promise<number> {
  const found = await findDuplicateMembers(db, memberId)
  let merged = 0
  for (const d of found) {
    if (!d.matchedBy.includes('email') || d.hasSignedIn) continue
    if (await mergeDuplicateMember(db, { keepId: memberId, dropId: d.memberId, source: 'sign-in' })) merged++
  }
  return merged
}
