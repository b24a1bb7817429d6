import { sql } from 'drizzle-orm'
import webpush from 'web-push'
import type { Db } from '../db/client'
import { rows } from '../db/rows'

/** The application server's VAPID identity: browsers subscribe with the public key; every push is signed with the private one. */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string }

type Env = Record<string, string | undefined>

const slot = globalThis as typeof globalThis & { [key: symbol]: WeakMap<Db, Promise<VapidKeys>> | undefined }
const KEY = Symbol.for('aisle.push.vapid')

/** Who runs this server, as push services want it: VAPID_SUBJECT, else the site's https address, else a mailto. */
export function vapidSubject(env: Env = process.env): string {
  if (env.VAPID_SUBJECT) return env.VAPID_SUBJECT
  const site = env.NEXT_PUBLIC_SITE_URL ?? ''
  return site.startsWith('https://') ? site : 'mailto:no-reply@aisle.example'
}

const decodedLength = (key: string) => Buffer.from(key, 'base64url').length

/**
 * VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY when set (every instance must share them), otherwise a
 * pair made on first use and kept in the database, so `npm start` sends pushes with no setup and
 * subscriptions survive restarts. Changing the keys orphans every existing subscription.
 */
export function getVapidKeys(db: Db, env: Env = process.env): Promise<VapidKeys> {
  const subject = vapidSubject(env)
  if (env.VAPID_PUBLIC_KEY || env.VAPID_PRIVATE_KEY) {
    const publicKey = env.VAPID_PUBLIC_KEY ?? ''
    const privateKey = env.VAPID_PRIVATE_KEY ?? ''
    if (decodedLength(publicKey) !== 65 || decodedLength(privateKey) !== 32) {
      return Promise.reject(new Error('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must both be set, as URL-safe base64 (npx web-push generate-vapid-keys)'))
    }
    return Promise.resolve({ publicKey, privateKey, subject })
  }
  const cache = (slot[KEY] ??= new WeakMap())
  let pending = cache.get(db)
  if (!pending) {
    pending = (async () => {
      const made = webpush.generateVAPIDKeys()
      // Two instances starting at once: the first insert wins and both read it back.
      await db.execute(sql`insert into aisle_meta (key, value) values ('vapid_keys', ${JSON.stringify(made)}) on conflict (key) do nothing`)
      const [row] = await rows<{ value: string }>(db, sql`select value from aisle_meta where key = 'vapid_keys'`)
      const kept = JSON.parse(row.value) as { publicKey: string; privateKey: string }
      return { publicKey: kept.publicKey, privateKey: kept.privateKey, subject }
    })()
    cache.set(db, pending)
    pending.catch(() => cache.delete(db))
  }
  return pending
}
