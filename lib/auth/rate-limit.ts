// Fixed-window rate limits kept in `rate_limits`, shared by every instance on one database.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { sign } from '../secret'
import { RateLimited } from './errors'

export const RATE_WINDOW_MS = 10 * 60_000

type Env = Record<string, string | undefined>

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v)
  return Number.isInteger(n) && n > 0 ? n : fallback
}

/**
 * Per 10 minutes: codes mailed to one address (AISLE_RATE_LIMIT_EMAIL, 3), code requests from one
 * client IP (AISLE_RATE_LIMIT_IP, 20), and code or passkey checks from one IP (three times that:
 * a typo costs a try, and a whole office may share one address).
 */
export function authLimits(env: Env = process.env) {
  const ip = positive(env.AISLE_RATE_LIMIT_IP, 20)
  return { codesPerEmail: positive(env.AISLE_RATE_LIMIT_EMAIL, 3), codesPerIp: ip, checksPerIp: ip * 3 }
}

/**
 * The bucket for a limited thing: its kind and an HMAC of the value, so the table never holds an
 * email address or an IP in the clear.
 */
export const bucketOf = (secret: Buffer, kind: string, value: string) => `${kind}:${sign(secret, 'rate-limit', `${kind}:${value}`, 16)}`

/**
 * Counts one use of `bucket` and throws RateLimited when it is over `limit` in the current window.
 * One atomic upsert: concurrent requests queue on the row, so exactly `limit` of them pass.
 */
export async function consumeRate(db: Db, bucket: string, limit: number, now = new Date(), windowMs = RATE_WINDOW_MS): Promise<void> {
  const floor = new Date(now.getTime() - windowMs)
  const [row] = await rows<{ window_start: Date | string; count: number | string }>(
    db,
    sql`insert into rate_limits as r (bucket, window_start, count) values (${bucket}, ${now}, 1)
        on conflict (bucket) do update set
          window_start = case when r.window_start <= ${floor} then ${now} else r.window_start end,
          count = case when r.window_start <= ${floor} then 1 else r.count + 1 end
        returning window_start, count`,
  )
  if (num(row.count) <= limit) return
  const resetsAt = new Date(iso(row.window_start)).getTime() + windowMs
  throw new RateLimited(Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)))
}
