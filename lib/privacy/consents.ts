// A member's consents: the current choice per purpose, and a log of every change with its time and source.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, rows } from '../db/rows'
import { consentPurposes, type ConsentPurpose } from '../db/tables/customers'
import { emitEvent, writeTx } from '../inventory/ledger'
import { ConsentsInput, type ConsentsView } from './schemas'

/** Where a change was made: shown in the log, so the member can see what they did where. */
export type ConsentSource = 'privacy-centre' | 'api' | (string & {})

const LOG_SHOWN = 100

export async function getConsents(db: Db, memberId: string): Promise<ConsentsView> {
  const current = await rows<{ purpose: ConsentPurpose; granted: boolean; updated_at: Date | string }>(
    db,
    sql`select purpose, granted, updated_at from consents where member_id = ${memberId}`,
  )
  const log = await rows<{ purpose: ConsentPurpose; granted: boolean; source: string; created_at: Date | string }>(
    db,
    sql`select purpose, granted, source, created_at from consent_log where member_id = ${memberId} order by created_at desc, id desc limit ${LOG_SHOWN}`,
  )
  const byPurpose = new Map(current.map((c) => [c.purpose, c]))
  return {
    // Opt-in: a purpose never chosen is off.
    consents: consentPurposes.map((purpose) => {
      const c = byPurpose.get(purpose)
      return { purpose, granted: c?.granted ?? false, updatedAt: c ? iso(c.updated_at) : null }
    }),
    log: log.map((l) => ({ purpose: l.purpose, granted: l.granted, source: l.source, at: iso(l.created_at) })),
  }
}

/**
 * Records the member's choices. Only a real change is written (the choice and its log row, in one
 * transaction): saving the same choice again adds nothing to the log.
 */
export async function setConsents(db: Db, memberId: string, input: unknown, source: ConsentSource): Promise<ConsentsView> {
  const choices = ConsentsInput.parse(input)
  const label = source.slice(0, 40)
  await writeTx(db, async (tx) => {
    const done: ConsentPurpose[] = []
    for (const purpose of consentPurposes) {
      const granted = choices[purpose]
      if (granted === undefined) continue
      const written = await rows(
        tx,
        sql`insert into consents (member_id, purpose, granted, updated_at) values (${memberId}, ${purpose}, ${granted}, now())
            on conflict (member_id, purpose) do update set granted = excluded.granted, updated_at = now()
              where consents.granted <> excluded.granted
            returning purpose`,
      )
      if (!written.length) continue
      await tx.execute(sql`insert into consent_log (member_id, purpose, granted, source) values (${memberId}, ${purpose}, ${granted}, ${label})`)
      done.push(purpose)
    }
    // Other screens that act on consent (staff recognition, recommendations) follow at once.
    if (done.length) await emitEvent(tx, 'member.changed', null, { memberId, fields: ['consents'], purposes: done })
  })
  return getConsents(db, memberId)
}

/** Whether the member has granted a purpose (never chosen = no). */
export async function hasConsent(db: Db, memberId: string, purpose: ConsentPurpose): Promise<boolean> {
  const [c] = await rows<{ granted: boolean }>(db, sql`select granted from consents where member_id = ${memberId} and purpose = ${purpose}`)
  return c?.granted ?? false
}
