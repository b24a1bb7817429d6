// Matching contact details that were typed by people (at a desk, in a form) against a member's
// normalised ones: the database narrows by digits, normalizePhone decides.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { normalizeEmail, normalizePhone } from './normalize'

/** The last 7 digits of a phone: enough to narrow candidates in SQL before the exact E.164 check. */
export const phoneTail = (e164: string) => e164.replace(/\D/g, '').slice(-7)

/** SQL for the last 7 digits of a free-typed phone column. */
export const phoneTailSql = (column: SQL) => sql`right(regexp_replace(${column}, '[^0-9]', '', 'g'), 7)`

export const samePhone = (typed: string | null, e164: string | null) => !!typed && !!e164 && normalizePhone(typed) === e164
export const sameEmail = (typed: string | null, normalised: string) => !!typed && normalizeEmail(typed) === normalised

/**
 * Reservations not yet attached to anyone whose customer email or phone, however it was typed,
 * is this member's: one person typed three ways is one profile.
 */
export async function unattachedReservationsOf(tx: Db, member: { email: string; phone: string | null }): Promise<string[]> {
  const tail = member.phone ? phoneTail(member.phone) : null
  const candidates = await rows<{ id: string; customer_email: string | null; customer_phone: string | null }>(
    tx,
    sql`select id, customer_email, customer_phone from reservations
        where member_id is null
          and (lower(trim(customer_email)) = ${member.email}
               or (${tail}::text is not null and customer_phone is not null and ${phoneTailSql(sql.raw('customer_phone'))} = ${tail}))
        for update`,
  )
  return candidates.filter((r) => sameEmail(r.customer_email, member.email) || samePhone(r.customer_phone, member.phone)).map((r) => r.id)
}
