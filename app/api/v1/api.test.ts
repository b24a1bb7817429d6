import { describe } from 'vitest'

process.env.AISLE_DATA_DIR = 'memory://'
delete process.env.DATABASE_URL

const { apiCases } = await import('./api-cases')
const { bopisCases } = await import('./bopis-cases')
const { streamCases } = await import('./stream-cases')

describe('BFF v1 on PGlite', { timeout: 60_000 }, () => {
  apiCases()
  bopisCases()
  streamCases()
})
