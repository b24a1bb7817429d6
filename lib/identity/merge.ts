// Identity resolution at sign-in: what this browser did anonymously becomes the member's.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { emitEvent, writeTx } from '../inventory/ledger'
import { UnknownMember } from '../loyalty/ledger'
import { WISHLIST_LIMIT } from '../wishlist/policy'
import { unattachedReservationsOf } from './contact'
import { resolveDuplicatesAtSignIn } from './duplicates'
import { validScans, type ScanInput } from './scans'

export type VisitorMergeInput = { visitorId: string | null; memberId: string; scans?: ScanInput[] }
export type VisitorMergeCounts = { wishlist: number; reservations: number; scans: number }

/**
 * Called right after a successful sign-in. First folds in any never-signed-in duplicate profile
 * with the member's (now verified) email, then — in ONE transaction — moves the visitor's
 * wishlist (no product twice, within the list limit), attaches the visitor's reservations and
 * those whose typed email or phone is the member's, adds the browser's scans, and records an
 * `identity_merges` row. Idempotent: a second call moves nothing and writes no audit row.
 */
export async function mergeVisitorIntoMember(db: Db, input: VisitorMergeInput): Promise<VisitorMergeCounts> {
  await resolveDuplicatesAtSignIn(db, input.memberId)
  const scans = validScans(input.scans)
  const visitorId = input.visitorId || null
  return writeTx(db, async (tx) => {
    const [member] = await rows<{ email: string; phone: string | null }>(tx, sql`select email, phone from members where id = ${input.memberId} for update`)
    if (!member) throw new UnknownMember()
    const moved = visitorId ? await moveWishlist(tx, visitorId, input.memberId) : []
    const byContact = await unattachedReservationsOf(tx, member)
    const attached = await rows<{ id: string }>(
      tx,
      sql`update reservations set member_id = ${input.memberId}
          where member_id is null and (visitor_id = ${visitorId} or id in ${byContact.length ? sql`(${sql.join(byContact.map((id) => sql`${id}`), sql`, `)})` : sql`(null)`})
          returning id`,
    )
    const added = scans.length
      ? await rows<{ id: number | string }>(
          tx,
          sql`insert into scan_history (member_id, code, product_id, scanned_at)
              values ${sql.join(scans.map((s) => sql`(${input.memberId}, ${s.code}, ${s.productId}, ${s.scannedAt})`), sql`, `)}
              on conflict (member_id, code, scanned_at) do nothing returning id`,
        )
      : []
    const counts = { wishlist: moved.length, reservations: attached.length, scans: added.length }
    if (counts.wishlist + counts.reservations + counts.scans > 0) {
      // Counts only: the audit must not become a second copy of what was merged.
      await tx.execute(sql`insert into identity_merges (kind, from_id, into_member_id, detail)
                           values ('visitor', ${visitorId ?? 'contact-details'}, ${input.memberId}, ${JSON.stringify(counts)}::jsonb)`)
    }
    for (const productId of moved) await emitEvent(tx, 'wishlist.changed', null, { memberId: input.memberId, productId, saved: true })
    return counts
  })
}

/**
 * The visitor's saved products join the member's list, oldest first, as far as the list limit
 * allows; a product the member already saved is not duplicated. What moved (or was already
 * there) leaves the visitor; what did not fit stays with the visitor rather than being lost.
 */
async function moveWishlist(tx: Db, visitorId: string, memberId: string): Promise<string[]> {
  const [{ n }] = await rows<{ n: number | string }>(tx, sql`select count(*) as n from wishlist_items where member_id = ${memberId}`)
  const room = Math.max(0, WISHLIST_LIMIT - num(n))
  const moved = await rows<{ product_id: string }>(
    tx,
    sql`insert into wishlist_items (member_id, product_id, color_id, created_at)
        select ${memberId}, v.product_id, v.color_id, v.created_at from wishlist_items v
        where v.visitor_id = ${visitorId}
          and not exists (select 1 from wishlist_items m where m.member_id = ${memberId} and m.product_id = v.product_id)
        order by v.created_at, v.id limit ${room}
        on conflict do nothing returning product_id`,
  )
  await tx.execute(sql`delete from wishlist_items v where v.visitor_id = ${visitorId}
                       and exists (select 1 from wishlist_items m where m.member_id = ${memberId} and m.product_id = v.product_id)`)
  return moved.map((r) => r.product_id)
}
