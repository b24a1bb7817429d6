import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { deliverPending } from '../mail/outbox'
import { sweep } from './service'

/**
 * One sweep across all instances: whoever takes the transaction-level advisory lock does it, the
 * others skip this round (no leader election to get wrong; the lock is gone if the leader dies).
 */
export async function sweepAsLeader(db: Db, now = new Date()): Promise<{ leader: boolean; expired: number; reminded: number }> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db
    const [{ leader }] = await rows<{ leader: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtext('aisle:reservation-sweeper')) as leader`)
    if (!leader) return { leader: false, expired: 0, reminded: 0 }
    return { leader: true, ...(await sweep(tx, now)) }
  })
}

const slot = globalThis as typeof globalThis & { [key: symbol]: ReturnType<typeof setInterval> | undefined }
const KEY = Symbol.for('aisle.sweeper')

/**
 * Runs the sweeper and the mail sender every AISLE_SWEEP_MS (15 s) in this process; idempotent.
 * `chores`: other capabilities' housekeeping on the same beat (e.g. dropping spent sign-in codes).
 */
export function startSweeper(getDb: () => Promise<Db>, chores: ((db: Db) => Promise<unknown>)[] = []): void {
  if (slot[KEY] || process.env.AISLE_SWEEPER === 'off') return
  const every = Number(process.env.AISLE_SWEEP_MS ?? 15_000)
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const db = await getDb()
      await sweepAsLeader(db)
      await deliverPending(db)
      for (const chore of chores) await chore(db)
    } catch (e) {
      console.warn(`reservation sweeper: ${(e as Error).message}`)
    } finally {
      running = false
    }
  }
  slot[KEY] = setInterval(tick, every)
  slot[KEY].unref?.()
}
