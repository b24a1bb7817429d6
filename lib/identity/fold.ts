// The one transaction that folds a duplicate profile into the member who keeps it.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import { emitEvent, writeTx } from '../inventory/ledger'
import { UnknownMember } from '../loyalty/ledger'
import { tierOf } from '../loyalty/policy'
import { normalizePhone } from './normalize'

export type DuplicateMergeCounts = {
  points: number
  ledger: number
  receipts: number
  reservations: number
  wishlist: number
  scans: number
  consents: number
  passkeys: number
  sessions: number
}

type MemberRow = { id: string; name: string; phone: string | null }

const count = async (tx: Db, q: SQL) => (await rows(tx, q)).length

export async function foldMember(db: Db, { keepId, dropId, source }: { keepId: string; dropId: string; source: string }): Promise<DuplicateMergeCounts | null> {
  return writeTx(db, async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const locked = await rows<MemberRow>(tx, sql`select id, name, phone from members where id in (${keepId}, ${dropId}) order by id for update`)
    const keep = locked.find((m) => m.id === keepId)
    const drop = locked.find((m) => m.id === dropId)
    if (!keep) throw new UnknownMember()
    if (!drop) return null

    // A purchase recorded on both profiles keeps both rows (the balances both counted it); the
    // moved one's reference is suffixed so the once-per-reference index still holds.
    const ledger = await count(
      tx,
      sql`update loyalty_ledger d set member_id = ${keepId},
            reference = case when exists (select 1 from loyalty_ledger k where k.member_id = ${keepId} and k.kind = d.kind and k.reference = d.reference)
                             then d.reference || ' (merged ' || ${dropId} || ')' else d.reference end
          where d.member_id = ${dropId} returning d.id`,
    )
    const [dropAccount] = await rows<{ points: number | string; lifetime: number | string }>(tx, sql`delete from loyalty_accounts where member_id = ${dropId} returning points, lifetime`)
    const points = dropAccount ? num(dropAccount.points) : 0
    const lifetime = dropAccount ? num(dropAccount.lifetime) : 0
    const [account] = await rows<{ points: number | string; lifetime: number | string }>(
      tx,
      sql`insert into loyalty_accounts (member_id, points, lifetime) values (${keepId}, ${points}, ${lifetime})
          on conflict (member_id) do update set points = loyalty_accounts.points + excluded.points,
            lifetime = loyalty_accounts.lifetime + excluded.lifetime, updated_at = now()
          returning points, lifetime`,
    )

    const receipts = await count(tx, sql`update receipts set member_id = ${keepId} where member_id = ${dropId} returning id`)
    const reservations = await count(tx, sql`update reservations set member_id = ${keepId} where member_id = ${dropId} returning id`)
    const wishlist = await count(
      tx,
      sql`insert into wishlist_items (member_id, product_id, color_id, created_at)
          select ${keepId}, product_id, color_id, created_at from wishlist_items where member_id = ${dropId}
          on conflict do nothing returning id`,
    )
    const scans = await count(
      tx,
      sql`insert into scan_history (member_id, code, product_id, scanned_at)
          select ${keepId}, code, product_id, scanned_at from scan_history where member_id = ${dropId}
          on conflict (member_id, code, scanned_at) do nothing returning id`,
    )
    // The most recent choice per purpose wins; the log keeps both histories.
    const consents = await count(
      tx,
      sql`insert into consents (member_id, purpose, granted, updated_at)
          select ${keepId}, purpose, granted, updated_at from consents where member_id = ${dropId}
          on conflict (member_id, purpose) do update set granted = excluded.granted, updated_at = excluded.updated_at
            where consents.updated_at < excluded.updated_at
          returning purpose`,
    )
    await tx.execute(sql`update consent_log set member_id = ${keepId} where member_id = ${dropId}`)
    const passkeys = await count(tx, sql`update passkeys set member_id = ${keepId} where member_id = ${dropId} returning id`)
    const sessions = await count(tx, sql`update member_sessions set member_id = ${keepId} where member_id = ${dropId} returning id`)
    await tx.execute(sql`update push_subscriptions set member_id = ${keepId} where member_id = ${dropId}`)
    await tx.execute(sql`update identity_merges set into_member_id = ${keepId} where into_member_id = ${dropId}`)
    await tx.execute(sql`update privacy_requests set member_id = ${keepId} where member_id = ${dropId}`)

    await tx.execute(sql`delete from members where id = ${dropId}`)
    // What the kept profile lacks, the dropped one may know (after the delete: phone is unique).
    const phone = keep.phone ?? (drop.phone ? normalizePhone(drop.phone) : null)
    if (!keep.name && drop.name) await tx.execute(sql`update members set name = ${drop.name} where id = ${keepId}`)
    if (!keep.phone && phone) {
      await tx.execute(sql`update members set phone = ${phone} where id = ${keepId} and not exists (select 1 from members o where o.phone = ${phone})`)
    }

    const counts: DuplicateMergeCounts = { points, ledger, receipts, reservations, wishlist, scans, consents, passkeys, sessions }
    await tx.execute(sql`insert into identity_merges (kind, from_id, into_member_id, detail)
                         values ('duplicate', ${dropId}, ${keepId}, ${JSON.stringify({ ...counts, source })}::jsonb)`)
    const balance = { points: num(account.points), lifetime: num(account.lifetime) }
    await emitEvent(tx, 'loyalty.changed', null, { memberId: keepId, kind: 'merge', points, balance: balance.points, tier: tierOf(balance.lifetime).tier.id })
    await emitEvent(tx, 'member.changed', null, { memberId: keepId, reason: 'merged' })
    return counts
  })
}
