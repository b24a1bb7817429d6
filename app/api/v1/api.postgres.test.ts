import { afterAll, describe } from 'vitest'
import { randomBytes } from 'node:crypto'
import pg from 'pg'

const admin = process.env.TEST_DATABASE_URL
const name = `aisle_api_${randomBytes(6).toString('hex')}`

async function sql(text: string) {
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

if (admin) {
  await sql(`create database ${name}`)
  const url = new URL(admin)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
}

const { apiCases } = await import('./api-cases')

describe.skipIf(!admin)('BFF v1 on PostgreSQL', { timeout: 60_000 }, () => {
  afterAll(async () => {
    const { getDbHandle } = await import('@/lib/db')
    await (await getDbHandle()).close()
    await sql(`drop database if exists ${name} with (force)`)
  })
  apiCases()
})

