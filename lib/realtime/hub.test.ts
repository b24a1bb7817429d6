import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db, DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { emitEvent } from '../inventory/ledger'
import { recordMovement } from '../inventory/movements'
import { newestEventId } from './events'
import type { LiveEvent } from './filter'
import { Hub, type HubHealth } from './hub'
import { cuttable } from './testing/cuttable'

type Level = { store_id: string; variant_id: string }

/** Resolves when `check` holds, polling; fails after `ms`. */
async function until(check: () => boolean, ms = 5_000, what = 'condition') {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

const collector = () => {
  const events: LiveEvent[] = []
  const health: HubHealth[] = []
  return { events, health, onEvent: (e: LiveEvent) => events.push(e), onHealth: (h: HubHealth) => health.push(h) }
}

describe.each(testDrivers)('the realtime hub on %s', (driver) => {
  let h: DbHandle
  let db: Db
  let a: Level
  let b: Level
  const receipt = (l: Level, quantity = 1) =>
    recordMovement(db, { storeId: l.store_id, variantId: l.variant_id, kind: 'receipt', quantity, reason: 'hub test', actor: 'test' })

  beforeAll(async () => {
    h = await openTestDb(driver)
    db = h.db
    ;[a] = await rows<Level>(db, sql`select store_id, variant_id from inventory_levels order by store_id, variant_id limit 1`)
    ;[b] = await rows<Level>(
      db,
      sql`select store_id, variant_id from inventory_levels where store_id <> ${a.store_id} and variant_id <> ${a.variant_id} order by store_id, variant_id limit 1`,
    )
  }, 120_000)
  afterAll(async () => {
    await h?.close()
  })

  it('delivers a committed change to the subscribers whose filter matches, with its new level', async () => {
    const hub = new Hub(h)
    const mine = collector()
    const other = collector()
    const all = collector()
    const s1 = hub.subscribe({ filter: { storeIds: [a.store_id], variantIds: [a.variant_id] }, ...mine })
    const s2 = hub.subscribe({ filter: { storeIds: [b.store_id] }, ...other })
    const s3 = hub.subscribe({ filter: {}, ...all })
    await Promise.all([s1.ready, s2.ready, s3.ready])
    expect(hub.health).toBe('listening')
    try {
      const m = await receipt(a, 2)
      await until(() => mine.events.length === 1, 5_000, 'the event')
      const [e] = mine.events
      expect(e).toMatchObject({ id: m.eventId, type: 'stock.changed', storeId: a.store_id })
      expect(e.payload).toMatchObject({ variantId: a.variant_id, kind: 'receipt', quantity: 2, available: m.level.available, movementId: m.movementId })
      await until(() => all.events.length === 1)
      expect(other.events).toEqual([])
      expect(hub.watermark).toBe(m.eventId)
    } finally {
      s1.close()
      s2.close()
      s3.close()
      await hub.close()
    }
  })

  it('delivers a burst once each, in id order', async () => {
    const hub = new Hub(h)
    const got = collector()
    const sub = hub.subscribe({ filter: { variantIds: [a.variant_id, b.variant_id] }, ...got })
    await sub.ready
    try {
      const written: number[] = []
      for (let i = 0; i < 20; i++) written.push((await receipt(i % 2 ? a : b)).eventId)
      await until(() => got.events.length >= 20, 10_000, '20 events')
      await new Promise((r) => setTimeout(r, 100))
      expect(got.events.map((e) => e.id)).toEqual(written)
    } finally {
      sub.close()
      await hub.close()
    }
  })

  it('loads notifications that arrive in the same tick with one query', async () => {
    let queries = 0
    let notify: (payload: string) => void = () => {}
    const counting = new Proxy(db, {
      get: (target, p) => (p === 'execute' ? (q: Parameters<Db['execute']>[0]) => (queries++, target.execute(q)) : Reflect.get(target, p)),
    })
    const hub = new Hub({ db: counting, listen: async (_channel, onMessage) => ((notify = onMessage), { close: async () => {} }) })
    const got = collector()
    const sub = hub.subscribe({ filter: {}, ...got })
    await sub.ready
    await new Promise((r) => setTimeout(r, 20))
    try {
      const ids: number[] = []
      for (let i = 0; i < 5; i++) ids.push(await emitEvent(db, 'stock.changed', a.store_id, { variantId: a.variant_id, available: i }))
      queries = 0
      for (const id of ids) notify(String(id))
      notify('not a number')
      await until(() => got.events.length === 5)
      expect(queries).toBe(1)
      expect(got.events.map((e) => e.id)).toEqual(ids)
    } finally {
      sub.close()
      await hub.close()
    }
  })

  it('catches up from the events table after losing its connection, and says so meanwhile', async () => {
    const c = cuttable(h)
    const hub = new Hub(c.handle, { backoffMs: { min: 20, max: 50 }, log: () => {} })
    const got = collector()
    const sub = hub.subscribe({ filter: { storeIds: [a.store_id] }, ...got })
    await sub.ready
    try {
      const before = await receipt(a)
      await until(() => got.events.length === 1)
      // Down, and down again on the first two tries; changes made meanwhile are not notified to anyone.
      await c.cut(2)
      expect(hub.health).toBe('reconnecting')
      const during = [await receipt(a), await receipt(a)]
      await until(() => hub.health === 'listening', 5_000, 'the reconnect')
      expect(c.attempts).toBeGreaterThanOrEqual(4)
      await until(() => got.events.length === 3, 5_000, 'the catch-up')
      expect(got.events.map((e) => e.id)).toEqual([before.eventId, ...during.map((d) => d.eventId)])
      expect(got.health).toEqual(['connecting', 'listening', 'reconnecting', 'listening'])
      // And live again afterwards.
      const after = await receipt(a)
      await until(() => got.events.length === 4)
      expect(got.events[3].id).toBe(after.eventId)
    } finally {
      sub.close()
      await hub.close()
    }
  })

  it('lets a stream start while LISTEN is down, reporting it, and delivers once it is back', async () => {
    const c = cuttable(h)
    await c.cut(3)
    const hub = new Hub(c.handle, { backoffMs: { min: 30, max: 60 }, log: () => {} })
    const got = collector()
    const sub = hub.subscribe({ filter: { storeIds: [b.store_id] }, ...got })
    await sub.ready
    expect(hub.health).toBe('reconnecting')
    try {
      const m = await receipt(b)
      await until(() => got.events.length === 1, 5_000, 'the catch-up')
      expect(got.events[0].id).toBe(m.eventId)
      await until(() => hub.health === 'listening', 5_000, 'the reconnect')
    } finally {
      sub.close()
      await hub.close()
    }
  })

  it('with nobody subscribed stops loading events; the next subscriber starts from the newest', async () => {
    const hub = new Hub(h)
    const first = collector()
    const s1 = hub.subscribe({ filter: {}, ...first })
    await s1.ready
    s1.close()
    await receipt(a)
    await receipt(a)
    await new Promise((r) => setTimeout(r, 100))
    const second = collector()
    const s2 = hub.subscribe({ filter: {}, ...second })
    await s2.ready
    try {
      const m = await receipt(a)
      await until(() => second.events.length === 1)
      await new Promise((r) => setTimeout(r, 100))
      expect(second.events.map((e) => e.id)).toEqual([m.eventId])
      expect(first.events).toEqual([])
    } finally {
      s2.close()
      await hub.close()
    }
  })

  it('keeps other subscribers going when one throws', async () => {
    const hub = new Hub(h, { log: () => {} })
    const got = collector()
    const bad = hub.subscribe({ filter: {}, onEvent: () => { throw new Error('boom') } })
    const good = hub.subscribe({ filter: {}, ...got })
    await Promise.all([bad.ready, good.ready])
    try {
      await receipt(b)
      await until(() => got.events.length === 1)
    } finally {
      bad.close()
      good.close()
      await hub.close()
    }
  })

  it.runIf(driver === 'postgres')('delivers a transaction that commits after a later id, once, and holds the watermark below it', async () => {
    const hub = new Hub(h)
    const got = collector()
    const sub = hub.subscribe({ filter: { storeIds: [a.store_id] }, ...got })
    await sub.ready
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    let slowId = 0
    const slow = db.transaction(async (t) => {
      slowId = await emitEvent(t as unknown as Db, 'stock.changed', a.store_id, { variantId: a.variant_id, available: 1 })
      await gate
    })
    try {
      await until(() => slowId > 0)
      const fast = await emitEvent(db, 'stock.changed', a.store_id, { variantId: a.variant_id, available: 2 })
      expect(fast).toBeGreaterThan(slowId)
      await until(() => got.events.length === 1)
      expect(got.events[0].id).toBe(fast)
      // The slower transaction's id is awaited: a client told to resume from the watermark will not skip it.
      expect(hub.watermark).toBeLessThan(slowId)
      release()
      await slow
      await until(() => got.events.length === 2, 5_000, 'the late commit')
      expect(got.events.map((e) => e.id)).toEqual([fast, slowId])
      expect(hub.watermark).toBe(fast)
      // A later catch-up (as after a reconnect) delivers neither again.
      const next = await receipt(a)
      await until(() => got.events.length === 3)
      await new Promise((r) => setTimeout(r, 100))
      expect(got.events.map((e) => e.id)).toEqual([fast, slowId, next.eventId])
    } finally {
      release()
      await slow.catch(() => {})
      sub.close()
      await hub.close()
    }
  })

  it.runIf(driver === 'postgres')('survives the server killing its LISTEN connection', async () => {
    const hub = new Hub(h, { backoffMs: { min: 20, max: 100 }, log: () => {} })
    const got = collector()
    const sub = hub.subscribe({ filter: { storeIds: [a.store_id] }, ...got })
    await sub.ready
    try {
      const killed = await rows<{ ok: boolean }>(
        db,
        sql`select pg_terminate_backend(pid) as ok from pg_stat_activity
            where datname = current_database() and pid <> pg_backend_pid() and query ilike 'LISTEN%'`,
      )
      expect(killed.length).toBeGreaterThanOrEqual(1)
      const during = await receipt(a)
      await until(() => got.events.some((e) => e.id === during.eventId), 10_000, 'the change made while it was down')
      expect(got.health).toContain('reconnecting')
      expect(hub.health).toBe('listening')
      expect(await newestEventId(db)).toBe(during.eventId)
    } finally {
      sub.close()
      await hub.close()
    }
  })
})
