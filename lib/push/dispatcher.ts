import type { Db } from '../db/client'
import { dispatchPush } from './dispatch'

const slot = globalThis as typeof globalThis & { [key: symbol]: ReturnType<typeof setInterval> | undefined }
const KEY = Symbol.for('aisle.push.dispatcher')

/**
 * Sends due push notifications every AISLE_PUSH_MS (2 s) in this process; idempotent. Every
 * instance runs one, and only the holder of the lease does the work (lib/push/dispatch.ts).
 * AISLE_PUSH=off stops it here.
 */
export function startPushDispatcher(getDb: () => Promise<Db>): void {
  if (slot[KEY] || process.env.AISLE_PUSH === 'off') return
  const every = Number(process.env.AISLE_PUSH_MS ?? 2_000)
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      await dispatchPush(await getDb())
    } catch (e) {
      console.warn(`push dispatcher: ${(e as Error).message}`)
    } finally {
      running = false
    }
  }
  slot[KEY] = setInterval(tick, every)
  slot[KEY].unref?.()
}
