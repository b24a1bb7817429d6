import type { DbHandle, Listener } from '../../db/client'

/**
 * The real handle, with a LISTEN the test can cut (as a dropped connection would) and keep down
 * for a number of attempts.
 */
export function cuttable(handle: DbHandle) {
  let current: { listener: Listener; onError?: (e: Error) => void } | null = null
  let refuse = 0
  let attempts = 0
  const wrapped: Pick<DbHandle, 'db' | 'listen'> = {
    db: handle.db,
    listen: async (channel, onMessage, onError) => {
      attempts++
      if (refuse > 0) {
        refuse--
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
      }
      const listener = await handle.listen(channel, onMessage, onError)
      current = { listener, onError }
      return listener
    },
  }
  return {
    handle: wrapped,
    get attempts() {
      return attempts
    },
    /** Drops the connection; the next `refuseNext` attempts to listen again fail. */
    async cut(refuseNext = 0) {
      refuse = refuseNext
      const c = current
      current = null
      await c?.listener.close()
      c?.onError?.(new Error('connection terminated'))
    },
  }
}
