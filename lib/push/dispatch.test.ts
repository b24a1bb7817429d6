import { randomBytes } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openDb, type DbHandle } from '../db/client'
import { num, rows } from '../db/rows'
import { createTestDatabase, openTestDb, TEMPLATE_ENV, testDrivers } from '../db/testing'
import { emitEvent, writeTx } from '../inventory/ledger'
import { recordCount } from '../inventory/movements'
import { earnPoints, findOrCreateMember } from '../loyalty/ledger'
import { newVisitorId } from '../customers'
import { createReservation, getReservation, markReady } from '../reservations/service'
import { signIn } from '../staff/auth'
import { DEMO_ASSOCIATE_PIN } from '../staff/demo'
import type { StaffMember } from '../staff/roles'
import { dispatchPush } from './dispatch'
import { getVapidKeys } from './keys'
import { subscribe } from './subscriptions'
import { startPushReceiver, type PushReceiver, type TestSubscription } from './testing/push-receiver'

// Push dispatch end to end: real subscriptions of a fake browser, real events, and a local push
// service that verifies the VAPID signature and decrypts every message as a browser would.

type Fixture = { db: DbHandle['db']; storeId: string; storeName: string; variants: string[]; associate: StaffMember }

const fast = { retryDelaysMs: [0, 0] }
const asJson = (s: TestSubscription) => ({ endpoint: s.endpoint, keys: s.keys })
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const keyOf = (url?: string) => new URL(url!, 'http://x').searchParams.get('key')!

async function fixture(db: DbHandle['db']): Promise<Fixture> {
  const [store] = await rows<{ id: string; name: string }>(db, sql`select s.id, s.name from stores s join staff f on f.store_id = s.id order by s.id limit 1`)
  const vs = await rows<{ variant_id: string }>(db, sql`select variant_id from inventory_levels where store_id = ${store.id} and reserved = 0 order by variant_id limit 10`)
  const [s] = await rows<{ id: string }>(db, sql`select id from staff where store_id = ${store.id} and role = 'associate'`)
  const associate = (await signIn(db, { staffId: s.id, pin: DEMO_ASSOCIATE_PIN })).staff
  return { db, storeId: store.id, storeName: store.name, variants: vs.map((v) => v.variant_id), associate }
}

/** A placed reservation of one unit, owned by `owner`, that staff then mark ready. */
async function readyReservation(f: Fixture, variant: string, owner: { memberId?: string; visitorId?: string }) {
  await recordCount(f.db, { storeId: f.storeId, variantId: variant, counted: 5, actor: 'test' })
  const { reservation } = await createReservation(
    f.db,
    { storeId: f.storeId, lines: [{ variantId: variant, quantity: 1 }], customer: { name: 'Ada', email: 'ada@example.com' } },
    owner,
  )
  await markReady(f.db, f.associate, reservation.id)
  return getReservation(f.db, reservation.id, keyOf(reservation.url))
}

describe.each(testDrivers)('push dispatch on %s', (driver) => {
  let h: DbHandle
  let f: Fixture
  let push: PushReceiver

  beforeAll(async () => {
    push = await startPushReceiver()
    process.env.AISLE_PUSH_TEST_ORIGINS = push.origin
    h = await openTestDb(driver)
    f = await fixture(h.db)
    // Starts the cursor: nothing before this concerns anyone.
    await dispatchPush(h.db, fast)
  }, 120_000)
  afterAll(async () => {
    delete process.env.AISLE_PUSH_TEST_ORIGINS
    await h?.close()
    await push?.close()
  })
  beforeEach(() => {
    push.received.length = 0
    push.rejected.length = 0
  })

  it('tells the visitor’s browser, encrypted and VAPID-signed, when their reservation is ready', async () => {
    const visitorId = newVisitorId()
    const browser = push.subscription('/push/visitor')
    const saved = await subscribe(h.db, { memberId: null, visitorId }, { subscription: asJson(browser), topics: ['reservation-ready'] })
    expect(saved).toEqual({ created: true, subscription: { endpoint: browser.endpoint, topics: ['reservation-ready'], reservations: [] } })
    // Someone else's reservation, ready too: not for this browser.
    await readyReservation(f, f.variants[0], { visitorId: newVisitorId() })
    const mine = await readyReservation(f, f.variants[1], { visitorId })

    const result = await dispatchPush(h.db, fast)
    expect(push.rejected).toEqual([])
    expect(result).toMatchObject({ leader: true, sent: 1, gone: 0, failed: 0 })
    expect(push.received).toHaveLength(1)
    const [got] = push.received
    expect(got.path).toBe('/push/visitor')
    expect(got.vapidKey).toBe((await getVapidKeys(h.db)).publicKey)
    expect(got.claims.aud).toBe(push.origin)
    expect(got.headers).toMatchObject({ ttl: '86400', urgency: 'high' })
    expect(got.headers.topic).toMatch(/^[\w-]{1,32}$/)
    expect(got.message).toEqual({
      title: `Ready for pickup at ${f.storeName}`,
      body: expect.stringMatching(new RegExp(`^${escape(mine.lines[0].productName)} is set aside for you\\. Pick up by \\w{3}, \\w{3} \\d+, \\d+:\\d\\d [AP]M\\.$`)),
      url: mine.url,
      tag: `reservation-ready:${mine.id}`,
    })
    // Nothing new: nothing sent again.
    expect(await dispatchPush(h.db, fast)).toMatchObject({ sent: 0 })
    expect(push.received).toHaveLength(1)
  })

  it('tells a browser that asked about one reservation with its link, whoever owns it', async () => {
    await recordCount(h.db, { storeId: f.storeId, variantId: f.variants[2], counted: 5, actor: 'test' })
    const { reservation } = await createReservation(h.db, {
      storeId: f.storeId,
      lines: [{ variantId: f.variants[2], quantity: 1 }],
      customer: { name: 'Bo', email: 'bo@example.com' },
    })
    const browser = push.subscription('/push/by-link')
    const key = keyOf(reservation.url)
    await expect(
      subscribe(h.db, { memberId: null, visitorId: newVisitorId() }, { subscription: asJson(browser), topics: ['reservation-ready'], reservation: { id: reservation.id, key: 'wrong' } }),
    ).rejects.toMatchObject({ type: 'reservation-not-found', status: 404 })
    const saved = await subscribe(h.db, { memberId: null, visitorId: newVisitorId() }, { subscription: asJson(browser), topics: ['reservation-ready'], reservation: { id: reservation.id, key } })
    expect(saved.subscription).toMatchObject({ topics: [], reservations: [reservation.id] })
    await markReady(h.db, f.associate, reservation.id)

    expect(await dispatchPush(h.db, fast)).toMatchObject({ sent: 1 })
    expect(push.received.map((r) => [r.path, (r.message as { tag: string }).tag])).toEqual([['/push/by-link', `reservation-ready:${reservation.id}`]])
  })

  it('tells a member’s browser when they earn points, and only theirs', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Mo', email: `mo-${randomBytes(4).toString('hex')}@example.com` })
    const { memberId: other } = await findOrCreateMember(h.db, { name: 'Oz', email: `oz-${randomBytes(4).toString('hex')}@example.com` })
    const browser = push.subscription('/push/member')
    await expect(subscribe(h.db, { memberId: null, visitorId: newVisitorId() }, { subscription: asJson(browser), topics: ['points-earned'] })).rejects.toMatchObject({
      status: 401,
      type: 'sign-in-required',
    })
    await subscribe(h.db, { memberId, visitorId: null }, { subscription: asJson(browser), topics: ['points-earned'] })
    await earnPoints(h.db, { memberId: other, amountMinor: 5_000, channel: 'online', reference: `o-${randomBytes(4).toString('hex')}` })
    await earnPoints(h.db, { memberId, amountMinor: 14_499, channel: 'store', reference: `s-${randomBytes(4).toString('hex')}` })

    expect(await dispatchPush(h.db, fast)).toMatchObject({ sent: 1 })
    expect(push.received.map((r) => r.message)).toEqual([
      { title: 'You earned 144 points', body: 'Your balance is 144 points.', url: '/wallet', tag: expect.stringMatching(/^points-earned:\d+$/) },
    ])
    expect(push.received[0].headers).toMatchObject({ urgency: 'normal' })
  })

  it('forgets a subscription the push service says is gone (410), and retries one that failed', async () => {
    const visitorId = newVisitorId()
    const gone = push.subscription('/push/gone')
    const flaky = push.subscription('/push/flaky')
    push.answer('/push/gone', 410)
    push.answer('/push/flaky', 503, 500)
    for (const s of [gone, flaky]) await subscribe(h.db, { memberId: null, visitorId }, { subscription: asJson(s), topics: ['reservation-ready'] })
    await readyReservation(f, f.variants[3], { visitorId })

    expect(await dispatchPush(h.db, fast)).toMatchObject({ sent: 1, gone: 1, failed: 0 })
    expect(push.received.map((r) => r.path)).toEqual(['/push/flaky'])
    const left = await rows<{ endpoint: string }>(h.db, sql`select endpoint from push_subscriptions where visitor_id = ${visitorId} order by endpoint`)
    expect(left.map((r) => r.endpoint)).toEqual([flaky.endpoint])
  })

  it('sends each event once however many dispatchers run at the same time', async () => {
    const visitorId = newVisitorId()
    const browser = push.subscription('/push/once')
    await subscribe(h.db, { memberId: null, visitorId }, { subscription: asJson(browser), topics: ['reservation-ready'] })
    await readyReservation(f, f.variants[4], { visitorId })
    await readyReservation(f, f.variants[5], { visitorId })

    const results = await Promise.all([dispatchPush(h.db, fast), dispatchPush(h.db, fast), dispatchPush(h.db, fast)])
    expect(results.filter((r) => r.leader)).toHaveLength(1)
    expect(await dispatchPush(h.db, fast)).toMatchObject({ leader: true, sent: 0 })
    expect(push.received.filter((r) => r.path === '/push/once')).toHaveLength(2)
  })

  it('waits at an event id still committing, and passes one that was rolled back once it is old', async () => {
    const { memberId } = await findOrCreateMember(h.db, { name: 'Gi', email: `gi-${randomBytes(4).toString('hex')}@example.com` })
    const browser = push.subscription('/push/gap')
    await subscribe(h.db, { memberId, visitorId: null }, { subscription: asJson(browser), topics: ['points-earned'] })
    // An id taken by a transaction that rolled back: a hole in the sequence before the next event.
    await writeTx(h.db, async (tx) => {
      await emitEvent(tx, 'test.rolled-back', null, {})
      throw new Error('roll back')
    }).catch(() => {})
    await earnPoints(h.db, { memberId, amountMinor: 2_000, channel: 'online', reference: `g-${randomBytes(4).toString('hex')}` })

    expect(await dispatchPush(h.db, fast)).toMatchObject({ events: 0, sent: 0 })
    expect(await dispatchPush(h.db, { ...fast, gapGraceMs: 0 })).toMatchObject({ sent: 1 })
    expect(push.received.map((r) => (r.message as { title: string }).title)).toEqual(['You earned 20 points'])
  })

  it('refuses endpoints that are not https push services, and keys that are not P-256', async () => {
    const browser = push.subscription('/push/checks')
    const owner = { memberId: null, visitorId: newVisitorId() }
    const attempt = (subscription: unknown) => subscribe(h.db, owner, { subscription, topics: ['reservation-ready'] })
    await expect(attempt({ ...asJson(browser), endpoint: 'http://fcm.googleapis.com/fcm/send/x' })).rejects.toThrow(/https/)
    await expect(attempt({ ...asJson(browser), endpoint: 'https://169.254.169.254/latest' })).rejects.toThrow(/known push service/)
    await expect(attempt({ ...asJson(browser), endpoint: 'https://evil.example/fcm.googleapis.com' })).rejects.toThrow(/known push service/)
    const offCurve = Buffer.alloc(65, 1)
    offCurve[0] = 4
    await expect(attempt({ ...asJson(browser), keys: { ...browser.keys, p256dh: offCurve.toString('base64url') } })).rejects.toThrow(/P-256/)
    await expect(attempt({ ...asJson(browser), keys: { ...browser.keys, auth: 'c2hvcnQ' } })).rejects.toThrow(/16 bytes/)
    expect(num((await rows<{ n: number }>(h.db, sql`select count(*) as n from push_subscriptions where visitor_id = ${owner.visitorId}`))[0].n)).toBe(0)
  })
})

// Two app instances (two connection pools) on one PostgreSQL, dispatching at the same time.
describe.runIf(process.env.TEST_DATABASE_URL)('push dispatch from two instances on one PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> }
  let a: DbHandle
  let b: DbHandle
  let push: PushReceiver

  beforeAll(async () => {
    push = await startPushReceiver()
    process.env.AISLE_PUSH_TEST_ORIGINS = push.origin
    database = await createTestDatabase(process.env[TEMPLATE_ENV.postgres])
    ;[a, b] = await Promise.all([openDb({ databaseUrl: database.url }), openDb({ databaseUrl: database.url })])
    await dispatchPush(a.db, fast)
  }, 120_000)
  afterAll(async () => {
    delete process.env.AISLE_PUSH_TEST_ORIGINS
    await Promise.all([a?.close(), b?.close()])
    await database?.drop()
    await push?.close()
  })

  it('sends every event once', async () => {
    const f = await fixture(a.db)
    const visitorId = newVisitorId()
    const browser = push.subscription('/push/two')
    await subscribe(a.db, { memberId: null, visitorId }, { subscription: asJson(browser), topics: ['reservation-ready'] })
    for (const v of f.variants.slice(0, 3)) await readyReservation(f, v, { visitorId })
    const results = await Promise.all([a, b, a, b].map((x) => dispatchPush(x.db, fast)))
    await Promise.all([dispatchPush(a.db, fast), dispatchPush(b.db, fast)])
    expect(results.filter((r) => r.leader).length).toBeGreaterThanOrEqual(1)
    expect(push.rejected).toEqual([])
    expect(push.received).toHaveLength(3)
  })
})
