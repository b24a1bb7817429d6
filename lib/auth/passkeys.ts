// A member's passkeys: listed on the account page, renamed, removed.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, rows } from '../db/rows'
import { PasskeyNotFound } from './errors'
import { PasskeyRenameInput } from './schemas'

export type PasskeyRow = { id: string; name: string; created_at: Date | string; last_used_at: Date | string | null; backed_up: boolean }
export type PasskeyView = { id: string; name: string; createdAt: string; lastUsedAt: string | null; backedUp: boolean }

export const toPasskeyView = (r: PasskeyRow): PasskeyView => ({
  id: r.id,
  name: r.name,
  createdAt: iso(r.created_at),
  lastUsedAt: r.last_used_at ? iso(r.last_used_at) : null,
  backedUp: r.backed_up,
})

const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'])

/** The transports a browser reported, as hints for the next ceremony; anything unknown is dropped. */
export const cleanTransports = (list: unknown): string[] => (Array.isArray(list) ? list.filter((t): t is string => typeof t === 'string' && TRANSPORTS.has(t)) : [])

export async function listPasskeys(db: Db, memberId: string): Promise<PasskeyView[]> {
  const found = await rows<PasskeyRow>(db, sql`select id, name, created_at, last_used_at, backed_up from passkeys where member_id = ${memberId} order by created_at, id`)
  return found.map(toPasskeyView)
}

/** Renames one of the member's own passkeys; another member's id is "not found", never "forbidden". */
export async function renamePasskey(db: Db, memberId: string, passkeyId: string, input: unknown): Promise<PasskeyView> {
  const { name } = PasskeyRenameInput.parse(input)
  const [row] = await rows<PasskeyRow>(
    db,
    sql`update passkeys set name = ${name} where id = ${passkeyId} and member_id = ${memberId} returning id, name, created_at, last_used_at, backed_up`,
  )
  if (!row) throw new PasskeyNotFound()
  return toPasskeyView(row)
}

/** Removes one of the member's own passkeys: it can no longer sign in (the authenticator may still list it). */
export async function removePasskey(db: Db, memberId: string, passkeyId: string): Promise<void> {
  const gone = await rows<{ id: string }>(db, sql`delete from passkeys where id = ${passkeyId} and member_id = ${memberId} returning id`)
  if (gone.length === 0) throw new PasskeyNotFound()
}
