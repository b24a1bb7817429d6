// The log of export and erasure requests. A request is written before the work it asks for and
// completed with it, so one that failed half-way stays visible as open.
import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'

export type PrivacyRequestKind = 'export' | 'delete'

export async function openRequest(db: Db, r: { kind: PrivacyRequestKind; subject: string; memberId: string; source: string }): Promise<string> {
  const id = `prq_${randomBytes(10).toString('hex')}`
  await db.execute(sql`insert into privacy_requests (id, kind, subject, member_id, source) values (${id}, ${r.kind}, ${r.subject}, ${r.memberId}, ${r.source.slice(0, 40)})`)
  return id
}

export async function completeRequest(db: Db, id: string): Promise<void> {
  await db.execute(sql`update privacy_requests set completed_at = now() where id = ${id}`)
}
