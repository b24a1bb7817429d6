import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db, DbHandle } from '../db/client'
import { rows } from '../db/rows'
import { openTestDb, testDrivers } from '../db/testing'
import { emitEvent } from '../inventory/ledger'
import { recordMovement } from '../inventory/movements'
import { newestEventId, resumeCursor } from './events'
import { Hub } from './hub'
import { openEventStream } from './stream'
import { cuttable } from './testing/cuttable'
import { frameReader } from './testing/sse-reader'

type Level = { store_id: string; variant_id: string }

describe.each(testDrivers)('the SSE stream on %s', (driver) => {
  let h: DbHandle
  let db: Db
  let hub: Hub
  let a: Level
  let b: Level
  const receipt = (l: Level) =>
    recordMovement(db, { storeId: l.store_id, variantId: l.variant_id, kind: 'receipt', quantity: 1, reason: 'stream test', actor: 'test' })

  beforeAll(async () => {
    h = await openTestDb(driver)
    db = h.db
    hub = new Hub(h)
    ;[a] = await rows<Level>(db, sql`select store_id, variant_id from inventory_levels order by store_id, variant_id limit 1`)
    ;[b] = await rows<Level>(
      db,
      sql`select store_id, variant_id from inventory_levels where store_id <> ${a.store_id} and variant_id <> ${a.variant_id} order by store_id, variant_id limit 1`,
    )
  }, 120_000)
  afterAll(async () => {
    await hub?.close()
    await h?.close()
  })

  it('starts with retry and ready, then sends matching changes as they commit, and heartbeats', async () => {
    const newest = await newestEventId(db)
    const stream = frameReader(await openEventStream({ db, hub, filter: { storeIds: [a.store_id] }, heartbeatMs: 200 }))
    try {
      expect(await stream.next()).toEqual({ retry: 3000 })
      const ready = await stream.next()
      expect(ready.event).toBe('ready')
      expect(ready.id).toBe(String(newest))
      expect(JSON.parse(ready.data!)).toEqual({ lastEventId: newest, state: 'live' })

      await receipt(b)
      const m = await receipt(a)
      const frame = await stream.next((f) => f.event !== undefined)
      expect(frame.event).toBe('stock.changed')
      expect(frame.id).toBe(String(m.eventId))
      const data = JSON.parse(frame.data!)
      expect(data).toMatchObject({ variantId: a.variant_id, available: m.level.available, storeId: a.store_id })
      expect(new Date(data.createdAt).toISOString()).toBe(data.createdAt)

      const hb = await stream.next((f) => f.comment === 'hb', 2_000)
      // The heartbeat moves the browser's resume point to what the hub has delivered.
      expect(Number(hb.id)).toBe(m.eventId)
      expect(stream.taken.filter((f) => f.event)).toEqual([])
    } finally {
      await stream.cancel()
    }
    await new Promise((r) => setTimeout(r, 20))
    expect(hub.subscriberCount).toBe(0)
  })

  it('replays what matched after Last-Event-ID, then goes live without sending any twice', async () => {
    const from = await newestEventId(db)
    const missed = [await receipt(a), await receipt(b), await receipt(a)]
    const stream = frameReader(await openEventStream({ db, hub, filter: { variantIds: [a.variant_id] }, resumeAfter: from }))
    try {
      await stream.next((f) => f.retry !== undefined)
      const replay = [await stream.next(), await stream.next()]
      expect(replay.map((f) => Number(f.id))).toEqual([missed[0].eventId, missed[2].eventId])
      expect((await stream.next()).event).toBe('ready')
      const live = await receipt(a)
      expect(Number((await stream.next()).id)).toBe(live.eventId)
      await new Promise((r) => setTimeout(r, 100))
      expect(stream.taken).toEqual([])
    } finally {
      await stream.cancel()
    }
  })

  it('says reset instead of replaying a gap too large, or an id it never issued', async () => {
    const from = await newestEventId(db)
    for (let i = 0; i < 3; i++) await receipt(a)
    const big = frameReader(await openEventStream({ db, hub, filter: {}, resumeAfter: from, replayCap: 2 }))
    const unknown = frameReader(await openEventStream({ db, hub, filter: {}, resumeAfter: from + 1_000_000 }))
    try {
      for (const s of [big, unknown]) {
        await s.next((f) => f.retry !== undefined)
        const reset = await s.next()
        expect(reset.event).toBe('reset')
        expect((await s.next()).event).toBe('ready')
      }
    } finally {
      await big.cancel()
      await unknown.cancel()
    }
    // Exactly at the cap is still a replay.
    const fits = frameReader(await openEventStream({ db, hub, filter: {}, resumeAfter: from, replayCap: 3 }))
    try {
      expect((await fits.next((f) => f.event !== undefined)).event).toBe('stock.changed')
    } finally {
      await fits.cancel()
    }
  })

  it('never sends a reservation event to a stream that did not prove access to it', async () => {
    const from = await newestEventId(db)
    await emitEvent(db, 'reservation.changed', a.store_id, { reservationId: 'res_x', status: 'ready', variantIds: [a.variant_id] })
    const publicStream = frameReader(await openEventStream({ db, hub, filter: { storeIds: [a.store_id] }, resumeAfter: from }))
    const owner = frameReader(await openEventStream({ db, hub, filter: { storeIds: [a.store_id], reservationIds: ['res_x'] }, resumeAfter: from }))
    const staff = frameReader(await openEventStream({ db, hub, filter: { staffStoreIds: [a.store_id] }, resumeAfter: from }))
    try {
      for (const s of [owner, staff]) {
        const frame = await s.next((f) => f.event !== undefined)
        expect(frame.event).toBe('reservation.changed')
        expect(JSON.parse(frame.data!)).toMatchObject({ reservationId: 'res_x', status: 'ready' })
      }
      expect((await publicStream.next((f) => f.event !== undefined)).event).toBe('ready')
    } finally {
      await Promise.all([publicStream, owner, staff].map((s) => s.cancel()))
    }
  })

  it('tells the client when the feed behind it is down, and when it is live again', async () => {
    const c = cuttable(h)
    const own = new Hub(c.handle, { backoffMs: { min: 50, max: 100 }, log: () => {} })
    const stream = frameReader(await openEventStream({ db, hub: own, filter: { storeIds: [a.store_id] } }))
    try {
      await stream.next((f) => f.event === 'ready')
      await c.cut(1)
      expect(JSON.parse((await stream.next((f) => f.event === 'health')).data!)).toEqual({ state: 'reconnecting' })
      const during = await receipt(a)
      expect(JSON.parse((await stream.next((f) => f.event === 'health')).data!)).toEqual({ state: 'live' })
      expect(Number((await stream.next((f) => f.event === 'stock.changed')).id)).toBe(during.eventId)
    } finally {
      await stream.cancel()
      await own.close()
    }
  })

  it('ends the subscription when the request is aborted', async () => {
    const controller = new AbortController()
    const stream = frameReader(await openEventStream({ db, hub, filter: {}, signal: controller.signal }))
    await stream.next((f) => f.event === 'ready')
    expect(hub.subscriberCount).toBe(1)
    controller.abort()
    expect(hub.subscriberCount).toBe(0)
    await expect(stream.next(() => false, 1_000)).rejects.toThrow('The stream ended')
  })

  it('offers pages a resume point a few seconds back', async () => {
    const newest = await newestEventId(db)
    expect(await resumeCursor(db, 0)).toBe(newest)
    expect(await resumeCursor(db, 60_000)).toBeLessThan(newest)
  })
})
