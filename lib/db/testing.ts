import { randomBytes } from 'node:crypto'
import { openDb, type DbHandle } from './client'

export type TestDriver = 'pglite' | 'postgres'

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the suite may create databases on. */
export const testDrivers: TestDriver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throwaway PostgreSQL
 * database created beside TEST_DATABASE_URL and dropped on close.
 */
export async function openTestDb(driver: TestDriver, { seed = true } = {}): Promise<DbHandle> {
  let handle: DbHandle
  if (driver === 'pglite') {
    handle = await openDb({ dataDir: 'memory://' })
  } else {
    const admin = process.env.TEST_DATABASE_URL
    if (!admin) throw new Error('TEST_DATABASE_URL is not set')
    const { Client } = await import('pg')
    const name = `aisle_t_${randomBytes(6).toString('hex')}`
    const client = new Client({ connectionString: admin })
    await client.connect()
    await client.query(`create database ${name}`)
    await client.end()
    const url = new URL(admin)
    url.pathname = `/${name}`
    const inner = await openDb({ databaseUrl: url.toString() })
    handle = {
      ...inner,
      close: async () => {
        await inner.close()
        const c = new Client({ connectionString: admin })
        await c.connect()
        await c.query(`drop database if exists ${name} with (force)`)
        await c.end()
      },
    }
  }
  if (seed) {
    const { seedDemo } = await import('../demo/seed')
    await seedDemo(handle.db)
  }
  return handle
}
