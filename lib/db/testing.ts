import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { openDb, type DbHandle } from './client'

export type TestDriver = 'pglite' | 'postgres'

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server the suite may create databases on. */
export const testDrivers: TestDriver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

/**
 * Seeded templates made once per test run by lib/db/test-templates.ts (vitest globalSetup): a
 * PGlite data-directory tarball and a PostgreSQL template database. Loading one takes about a
 * second; migrating and seeding from scratch takes ten.
 */
export const TEMPLATE_ENV = { pglite: 'AISLE_TEST_PGLITE_TEMPLATE', postgres: 'AISLE_TEST_PG_TEMPLATE' } as const

/** A throwaway PostgreSQL database created beside TEST_DATABASE_URL (optionally as a copy of `template`); `drop` removes it. */
export async function createTestDatabase(template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL
  if (!admin) throw new Error('TEST_DATABASE_URL is not set')
  const { Client } = await import('pg')
  const run = async (statement: string) => {
    const client = new Client({ connectionString: admin })
    await client.connect()
    try {
      await client.query(statement)
    } finally {
      await client.end()
    }
  }
  const name = `aisle_t_${randomBytes(6).toString('hex')}`
  await run(template ? `create database ${name} template ${template}` : `create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) }
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throwaway PostgreSQL
 * database dropped on close.
 */
export async function openTestDb(driver: TestDriver, { seed = true } = {}): Promise<DbHandle> {
  const template = seed ? process.env[TEMPLATE_ENV[driver]] : undefined
  let handle: DbHandle
  if (driver === 'pglite') {
    const loadDataDir = template ? new Blob([await readFile(template)]) : undefined
    handle = await openDb({ dataDir: 'memory://', loadDataDir })
  } else {
    const database = await createTestDatabase(template)
    const inner = await openDb({ databaseUrl: database.url })
    handle = {
      ...inner,
      close: async () => {
        await inner.close()
        await database.drop()
      },
    }
  }
  if (seed && !template) {
    const { seedDemo } = await import('../demo/seed')
    await seedDemo(handle.db)
  }
  return handle
}
