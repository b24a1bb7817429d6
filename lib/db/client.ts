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
}

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
  return { db: db as unknown as Db, driver: 'postgres', close: () => pool.end() }
}

export async function openDb(options: OpenOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  return openPglite(options.dataDir ?? path.join(process.cwd(), '.data', 'pglite'), options.loadDataDir)
}

export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}
