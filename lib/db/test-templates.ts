import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDb } from './client'
import { createTestDatabase, TEMPLATE_ENV } from './testing'

// Vitest globalSetup: seed the demo catalogue once per run, as a PGlite tarball and (when
// TEST_DATABASE_URL is set) a PostgreSQL template database; openTestDb copies them per test file.
// Workers are started after this runs, so they inherit the environment variables set here.

const cleanups: (() => Promise<void>)[] = []

async function seeded(handle: Awaited<ReturnType<typeof openDb>>) {
  const { seedDemo } = await import('../demo/seed')
  await seedDemo(handle.db)
}

export async function setup() {
  const pglite = await openDb({ dataDir: 'memory://' })
  try {
    await seeded(pglite)
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-test-template-')), 'pglite.tar')
    fs.writeFileSync(file, Buffer.from(await (await pglite.dumpDataDir!()).arrayBuffer()))
    process.env[TEMPLATE_ENV.pglite] = file
    cleanups.push(async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }))
  } finally {
    await pglite.close()
  }
  if (process.env.TEST_DATABASE_URL) {
    const database = await createTestDatabase()
    const handle = await openDb({ databaseUrl: database.url })
    try {
      await seeded(handle)
    } finally {
      // A template database must have no open connections while it is copied.
      await handle.close()
    }
    process.env[TEMPLATE_ENV.postgres] = new URL(database.url).pathname.slice(1)
    cleanups.push(database.drop)
  }
}

export async function teardown() {
  for (const cleanup of cleanups.splice(0)) await cleanup().catch(() => undefined)
}
