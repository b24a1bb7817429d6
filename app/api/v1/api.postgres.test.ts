import { afterAll, describe } from 'vitest'
import { createTestDatabase } from '@/lib/db/testing'

// The route handlers open the process-wide database from DATABASE_URL: point it at a throwaway one.
const database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null
if (database) process.env.DATABASE_URL = database.url

const { apiCases } = await import('./api-cases')
const { bopisCases } = await import('./bopis-cases')
const { streamCases } = await import('./stream-cases')

describe.skipIf(!database)('BFF v1 on PostgreSQL', { timeout: 60_000 }, () => {
  afterAll(async () => {
    const { getDbHandle } = await import('@/lib/db')
    await (await getDbHandle()).close()
    await database?.drop()
  })
  apiCases()
  bopisCases()
  streamCases()
})
