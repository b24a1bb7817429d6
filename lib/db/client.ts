import path from 'node:path'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import * as schema from './schema'

export type Schema = typeof schema
/** The one database type every capability module takes: PGlite and node-postgres both satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

export type DbHandle = {
  db: Db
  driver: 'pglite' | 'postgres'
  close: () => Promise<void>
  /** PGlite only: the whole data directory as a tarball, for `loadDataDir` (test templates). */
  dumpDataDir?: () => Promise<Blob>
  /**
   * LISTEN on a channel. PGlite listens in process; PostgreSQL gets one dedicated connection outside
   * the pool. `onError` reports a lost connection (the listener is then dead: listen again, and catch
   * up from the events table, since notifications sent meanwhile are gone).
   */
  listen: (channel: string, onMessage: (payload: string) => void, onError?: (e: Error) => void) => Promise<Listener>
}

export type Listener = { close: () => Promise<void> }

export const migrationsFolder = path.join(process.cwd(), 'lib/db/migrations')

export type OpenOptions = {
  /** PostgreSQL URL; when absent the embedded PGlite is used. */
  databaseUrl?: string
  /** PGlite data directory, or `memory://` for a throwaway in-memory database. */
  dataDir?: string
  /** Load a PGlite data directory dump (a tarball made by dumpDataDir) instead of starting empty. */
  loadDataDir?: Blob
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
  const { drizzle } = await import('drizzle-orm/pglite')
  const { migrate } = await import('drizzle-orm/pglite/migrator')
  const inMemory = dataDir.startsWith('memory://')
  const release = inMemory ? () => {} : (await import('./lock')).acquireLock(`${dataDir}.lock`)
  try {
    const client = await PGlite.create(inMemory ? undefined : dataDir, {
      extensions: { pg_trgm },
      loadDataDir,
      // The default 128 MB buffer pool is most of the server's memory; the store's data is far smaller.
      postgresqlconf: [`shared_buffers=${process.env.AISLE_PGLITE_SHARED_BUFFERS ?? '32MB'}`],
    })
    const db = drizzle(client, { schema })
    await migrate(db, { migrationsFolder })
    return {
      db: db as unknown as Db,
      driver: 'pglite',
      dumpDataDir: () => client.dumpDataDir('none'),
      listen: async (channel, onMessage) => {
        const unlisten = await client.listen(channel, onMessage)
        return { close: () => unlisten() }
      },
      close: async () => {
        await client.close()
        release()
      },
    }
  } catch (e) {
    release()
    throw e
  }
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { Pool } = await import('pg')
  const { drizzle } = await import('drizzle-orm/node-postgres')
  const { migrate } = await import('drizzle-orm/node-postgres/migrator')
  const pool = new Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) })
  // An idle connection the server closes (restart, failover, admin) must not crash the process:
  // the pool drops it and the next query opens a fresh one.
  pool.on('error', (e) => console.warn(`postgres: idle connection lost (${e.message})`))
  try {
    const client = await pool.connect()
    try {
      // Several instances may start together: one migrates, the others wait and find nothing to do.
      await client.query(`select pg_advisory_lock(hashtext('aisle:migrations'))`)
      await migrate(drizzle(client, { schema }), { migrationsFolder })
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('aisle:migrations'))`).catch(() => {})
      client.release()
    }
  } catch (e) {
    await pool.end()
    throw e
  }
  const db = drizzle(pool, { schema })
  const listen = async (channel: string, onMessage: (payload: string) => void, onError?: (e: Error) => void): Promise<Listener> => {
    const { Client } = await import('pg')
    const client = new Client({ connectionString: url })
    let closed = false
    const fail = (e: Error) => {
      if (closed) return
      closed = true
      client.end().catch(() => {})
      onError?.(e)
    }
    client.on('error', fail)
    client.on('end', () => fail(new Error('LISTEN connection ended')))
    client.on('notification', (n) => {
      if (n.channel === channel) onMessage(n.payload ?? '')
    })
    try {
      await client.connect()
      await client.query(`LISTEN "${channel.replaceAll('"', '""')}"`)
    } catch (e) {
      closed = true
      await client.end().catch(() => {})
      throw e
    }
    return {
      close: async () => {
        if (closed) return
        closed = true
        await client.end().catch(() => {})
      },
    }
  }
  return { db: db as unknown as Db, driver: 'postgres', close: () => pool.end(), listen }
}

export async function openDb(options: OpenOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  return openPglite(options.dataDir ?? path.join(process.cwd(), '.data', 'pglite'), options.loadDataDir)
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}
