// Sign-in state that has done its job: lapsed codes, challenges and rate-limit windows.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { RATE_WINDOW_MS } from './rate-limit'

/** Deletes what can no longer matter (codes a day past expiry, lapsed challenges, closed windows). Safe to run on every instance. */
export async function pruneSignInState(db: Db, now = new Date()): Promise<void> {
  await db.execute(sql`delete from sign_in_codes where expires_at < ${new Date(now.getTime() - 86_400_000)}`)
  await db.execute(sql`delete from webauthn_challenges where expires_at < ${now}`)
  await db.execute(sql`delete from rate_limits where window_start < ${new Date(now.getTime() - RATE_WINDOW_MS)}`)
}
