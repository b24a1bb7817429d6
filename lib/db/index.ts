import { openDb, type Db, type DbHandle } from './client'

export type { Db, DbHandle } from './client'
export * as tables from './schema'

// On globalThis, not in module scope: the dev server re-evaluates modules on every edit, and a
// second module copy must find the open database rather than open the same files again.
const slot = globalThis as typeof globalThis & { [key: symbol]: Promise<DbHandle> | null | undefined }
const KEY = Symbol.for('aisle.db')

/**
 * The process-wide database. Opened lazily on first use (never at import time or during
 * `next build`); a failed open is not cached, so the next request tries again.
 */
export function getDbHandle(): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database must not be opened during `next build`: make this route dynamic.')
  }
  let pending = slot[KEY]
  if (!pending) {
    pending = slot[KEY] = (async () => {
      const options = {
        databaseUrl: process.env.DATABASE_URL || undefined,
        dataDir: process.env.AISLE_DATA_DIR || undefined,
      }
      const handle = await openDb(options)
      if (process.env.AISLE_DEMO_SEED !== 'off') {
        const { seedIfEmpty } = await import('../demo/seed')
        await seedIfEmpty(handle.db)
      }
      return handle
    })()
    pending.catch(() => {
      slot[KEY] = null
    })
  }
  return pending
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db
}
