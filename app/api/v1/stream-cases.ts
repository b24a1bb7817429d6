import { sql } from 'drizzle-orm'
import { afterAll, expect, it } from 'vitest'
import { getDb } from '@/lib/db'
import { rows } from '@/lib/db/rows'
import { createSession, MEMBER_COOKIE } from '@/lib/customers'
import { recordMovement } from '@/lib/inventory/movements'
import { earnPoints, findOrCreateMember } from '@/lib/loyalty'
import { getHub } from '@/lib/realtime'
import { frameReader } from '@/lib/realtime/testing/sse-reader'
import { DEMO_ASSOCIATE_PIN } from '@/lib/staff/demo'
import { POST as reserve } from './reservations/route'
import { POST as signIn } from './staff/session/route'
import { GET as stream } from './stream/route'

const base = 'http://aisle.test/api/v1'
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) })
const open = (query: string, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  stream(new Request(`${base}/stream${query}`, { headers, signal }), ctx({}))

async function problem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  expect(await res.json()).toMatchObject({ type: `/problems/${type}`, status })
}

/** GET /stream's HTTP contract; run once per database driver, beside the other API cases. */
export function streamCases() {
  afterAll(async () => {
    await (await getHub()).close()
  })

  it('streams stock changes as text/event-stream that no proxy or gzip may buffer', async () => {
    const db = await getDb()
    const [l] = await rows<{ store_id: string; variant_id: string }>(db, sql`select store_id, variant_id from inventory_levels order by store_id, variant_id limit 1`)
    const controller = new AbortController()
    const res = await open(`?storeId=${l.store_id}&variants=${l.variant_id},var_other`, {}, controller.signal)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache, no-transform')
    expect(res.headers.get('x-accel-buffering')).toBe('no')
    const frames = frameReader(res.body!)
    try {
      expect(await frames.next()).toEqual({ retry: 3000 })
      const ready = await frames.next()
      expect(ready.event).toBe('ready')
      const m = await recordMovement(db, { storeId: l.store_id, variantId: l.variant_id, kind: 'receipt', quantity: 1, reason: 'stream api test', actor: 'test' })
      const change = await frames.next()
      expect(change).toMatchObject({ event: 'stock.changed', id: String(m.eventId) })
      expect(JSON.parse(change.data!)).toMatchObject({ storeId: l.store_id, variantId: l.variant_id, available: m.level.available })

      // A browser reconnecting sends Last-Event-ID and gets what it missed.
      const again = frameReader((await open(`?storeId=${l.store_id}`, { 'last-event-id': String(m.eventId - 1) }, controller.signal)).body!)
      expect((await again.next((f) => f.event !== undefined)).id).toBe(String(m.eventId))
    } finally {
      controller.abort()
    }
  })

  it('answers bad parameters with problem+json', async () => {
    await problem(await open(`?variants=${Array.from({ length: 101 }, (_, i) => `v${i}`).join(',')}`), 400, 'validation')
    await problem(await open(`?storeId=${'x'.repeat(61)}`), 400, 'validation')
    await problem(await open('?lastEventId=abc'), 400, 'validation')
    await problem(await open('', { 'last-event-id': 'abc' }), 400, 'validation')
    await problem(await open('?scope=everything'), 400, 'validation')
  })

  it('sends reservation changes only to their owner (by key) and to their store\'s staff', async () => {
    const db = await getDb()
    const [s] = await rows<{ id: string; store_id: string }>(db, sql`select id, store_id from staff where role = 'associate' order by id limit 1`)
    const [l] = await rows<{ variant_id: string }>(
      db,
      sql`select variant_id from inventory_levels where store_id = ${s.store_id} and on_hand - reserved >= 2 order by variant_id limit 1`,
    )
    const signedIn = await signIn(
      new Request(`${base}/staff/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ staffId: s.id, pin: DEMO_ASSOCIATE_PIN }) }),
      ctx({}),
    )
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]

    await problem(await open('?scope=staff'), 401, 'staff-sign-in-required')
    await problem(await open('?reservation=res_0000000000000000&key=nope'), 404, 'reservation-not-found')

    const controller = new AbortController()
    const staff = frameReader((await open('?scope=staff&storeId=none', { cookie }, controller.signal)).body!)
    const everyone = frameReader((await open(`?storeId=${s.store_id}`, {}, controller.signal)).body!)
    try {
      await staff.next((f) => f.event === 'ready')
      await everyone.next((f) => f.event === 'ready')
      const created = await reserve(
        new Request(`${base}/reservations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ storeId: s.store_id, lines: [{ variantId: l.variant_id, quantity: 1 }], customer: { name: 'Sam Stream', email: 'sam@example.com' } }),
        }),
        ctx({}),
      )
      expect(created.status).toBe(201)
      const r = (await created.json()) as { id: string; url: string }
      const key = new URL(r.url, base).searchParams.get('key')!

      const seen = await staff.next((f) => f.event === 'reservation.changed')
      const data = JSON.parse(seen.data!)
      expect(data).toMatchObject({ reservationId: r.id, storeId: s.store_id, variantIds: [l.variant_id] })
      // No personal data travels in an event.
      expect(seen.data).not.toMatch(/Sam|sam@example/)

      // The owner, resuming from before the change, gets it replayed; the public stream saw the hold, not the reservation.
      const owner = frameReader((await open(`?reservation=${r.id}&key=${key}&lastEventId=${Number(seen.id) - 1}`, {}, controller.signal)).body!)
      expect((await owner.next((f) => f.event === 'reservation.changed')).id).toBe(seen.id)
      expect((await everyone.next((f) => f.event === 'stock.changed')).event).toBe('stock.changed')
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(everyone.taken.filter((f) => f.event === 'reservation.changed')).toEqual([])
    } finally {
      controller.abort()
    }
  })

  it("sends a member's points and reservations to that member's signed-in stream only", async () => {
    const db = await getDb()
    const cookieFor = async (email: string) => {
      const { memberId } = await findOrCreateMember(db, { name: 'Stream Member', email })
      const { token } = await createSession(db, memberId, 'email-code')
      return { memberId, cookie: `${MEMBER_COOKIE}=${token}` }
    }
    const ann = await cookieFor('ann.stream@example.com')
    const ben = await cookieFor('ben.stream@example.com')
    await problem(await open('?scope=member'), 401, 'sign-in-required')
    await problem(await open('?scope=member', { cookie: `${MEMBER_COOKIE}=forged` }), 401, 'sign-in-required')

    const [l] = await rows<{ store_id: string; variant_id: string }>(db, sql`select store_id, variant_id from inventory_levels where on_hand - reserved >= 2 order by variant_id desc limit 1`)
    const controller = new AbortController()
    const annStream = frameReader((await open('?scope=member', { cookie: ann.cookie }, controller.signal)).body!)
    const benStream = frameReader((await open('?scope=member', { cookie: ben.cookie }, controller.signal)).body!)
    try {
      await annStream.next((f) => f.event === 'ready')
      await benStream.next((f) => f.event === 'ready')
      await earnPoints(db, { memberId: ann.memberId, amountMinor: 2500, channel: 'store', reference: 'stream-test-sale' })
      const points = await annStream.next((f) => f.event === 'loyalty.changed')
      expect(JSON.parse(points.data!)).toMatchObject({ memberId: ann.memberId })

      const created = await reserve(
        new Request(`${base}/reservations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: ann.cookie },
          body: JSON.stringify({ storeId: l.store_id, lines: [{ variantId: l.variant_id, quantity: 1 }], customer: { name: 'Ann Stream', email: 'ann.stream@example.com' } }),
        }),
        ctx({}),
      )
      expect(created.status).toBe(201)
      const r = (await created.json()) as { id: string }
      expect(JSON.parse((await annStream.next((f) => f.event === 'reservation.changed')).data!)).toMatchObject({ reservationId: r.id, memberId: ann.memberId })
      // Neither stock nor anyone else's events reach a member's stream; Ben saw nothing of Ann's.
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(annStream.taken.filter((f) => f.event === 'stock.changed')).toEqual([])
      expect(benStream.taken.filter((f) => f.event && !['ready', 'health'].includes(f.event))).toEqual([])
    } finally {
      controller.abort()
    }
  })
}
