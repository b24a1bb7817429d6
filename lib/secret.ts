import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { sql } from 'drizzle-orm'
import type { Db } from './db/client'
import { rows } from './db/rows'

const slot = globalThis as typeof globalThis & { [key: symbol]: WeakMap<Db, Promise<Buffer>> | undefined }
const KEY = Symbol.for('aisle.secret')

/**
 * The server's signing key: AISLE_SECRET when set (every instance must share it), otherwise one
 * made on first use and kept in the database, so a zero-config install still signs consistently
 * across restarts and instances.
 */
export function getSecret(db: Db): Promise<Buffer> {
  const fromEnv = process.env.AISLE_SECRET
  if (fromEnv) return Promise.resolve(Buffer.from(fromEnv, 'utf8'))
  const cache = (slot[KEY] ??= new WeakMap())
  let pending = cache.get(db)
  if (!pending) {
    pending = (async () => {
      await db.execute(sql`insert into aisle_meta (key, value) values ('signing_secret', ${randomBytes(32).toString('base64url')}) on conflict (key) do nothing`)
      const [row] = await rows<{ value: string }>(db, sql`select value from aisle_meta where key = 'signing_secret'`)
      return Buffer.from(row.value, 'base64url')
    })()
    cache.set(db, pending)
    pending.catch(() => cache.delete(db))
  }
  return pending
}

/** HMAC-SHA256 of `purpose:value`, base64url, cut to `bytes`. */
export function sign(secret: Buffer, purpose: string, value: string, bytes = 18): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest().subarray(0, bytes).toString('base64url')
}

export function verifySignature(secret: Buffer, purpose: string, value: string, signature: string, bytes = 18): boolean {
  const expected = Buffer.from(sign(secret, purpose, value, bytes))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
