import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, type DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { createTestDatabase, TEMPLATE_ENV } from '../db/testing'
import { frameReader } from './testing/sse-reader'

// The scale-out path: two app processes on one PostgreSQL. A change written through one reaches
// an SSE client of the other, through the database's NOTIFY, with no other channel between them.

type Instance = { child: ChildProcess; base: string }

function start(databaseUrl: string): Promise<Instance> {
  const tsx = path.join(process.cwd(), 'node_modules/.bin/tsx')
  const child = spawn(tsx, [path.join(import.meta.dirname, 'testing/instance.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`instance did not start: ${out}`)), 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listening (\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, base: `http://127.0.0.1:${m[1]}` })
      }
    })
    child.on('exit', (code) => reject(new Error(`instance exited with ${code}: ${out}`)))
  })
}

const stop = (i: Instance | undefined) =>
  new Promise<void>((resolve) => {
    if (!i || i.child.exitCode !== null) return resolve()
    i.child.once('exit', () => resolve())
    i.child.kill('SIGTERM')
  })

describe.runIf(process.env.TEST_DATABASE_URL)('two app instances on one PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> }
  let admin: DbHandle
  let a: Instance
  let b: Instance
  let level: { store_id: string; variant_id: string }

  beforeAll(async () => {
    database = await createTestDatabase(process.env[TEMPLATE_ENV.postgres])
    admin = await openDb({ databaseUrl: database.url })
    ;[level] = await rows<typeof level>(admin.db, sql`select store_id, variant_id from inventory_levels order by store_id, variant_id limit 1`)
    ;[a, b] = await Promise.all([start(database.url), start(database.url)])
  }, 120_000)
  afterAll(async () => {
    await Promise.all([stop(a), stop(b)])
    await admin?.close()
    await database?.drop()
  })

  const receiptVia = async (i: Instance) => {
    const res = await fetch(`${i.base}/receipt`, {
      method: 'POST',
      body: JSON.stringify({ storeId: level.store_id, variantId: level.variant_id }),
    })
    expect(res.status).toBe(200)
    return (await res.json()) as { eventId: number; available: number }
  }
  const streamFrom = async (i: Instance) => {
    const res = await fetch(`${i.base}/stream?storeId=${level.store_id}`)
    expect(res.headers.get('content-type')).toBe('text/event-stream')
    const reader = frameReader(res.body!)
    await reader.next((f) => f.event === 'ready')
    return reader
  }

  it('delivers a change written through B to a client of A, and the other way round', async () => {
    const onA = await streamFrom(a)
    const onB = await streamFrom(b)
    try {
      const t0 = performance.now()
      const written = await receiptVia(b)
      const frame = await onA.next((f) => f.event === 'stock.changed')
      const ms = performance.now() - t0
      expect(Number(frame.id)).toBe(written.eventId)
      expect(JSON.parse(frame.data!)).toMatchObject({ variantId: level.variant_id, available: written.available })
      expect(ms).toBeLessThan(1_000)

      const back = await receiptVia(a)
      expect(Number((await onB.next((f) => f.event === 'stock.changed' && Number(f.id) === back.eventId)).id)).toBe(back.eventId)
    } finally {
      await onA.cancel()
      await onB.cancel()
    }
  })

  it('still delivers after the database drops A\'s LISTEN connection', async () => {
    const onA = await streamFrom(a)
    try {
      await admin.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'LISTEN%'`,
      )
      const written = await receiptVia(b)
      const frame = await onA.next((f) => f.event === 'stock.changed' && Number(f.id) === written.eventId, 10_000)
      expect(JSON.parse(frame.data!).available).toBe(written.available)
    } finally {
      await onA.cancel()
    }
  })
})
