import { generateKeyPairSync } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

process.env.AISLE_DATA_DIR = 'memory://'
delete process.env.DATABASE_URL

const { getDb } = await import('@/lib/db')
const { rows } = await import('@/lib/db/rows')
const { createSession } = await import('@/lib/customers')
const { recordCount } = await import('@/lib/inventory/movements')
const { earnPoints, findOrCreateMember } = await import('@/lib/loyalty/ledger')
const { collect, createReservation } = await import('@/lib/reservations/service')
const { signIn: staffSignIn } = await import('@/lib/staff/auth')
const { DEMO_ASSOCIATE_PIN } = await import('@/lib/staff/demo')
const { GET: wallet } = await import('./route')
const { GET: applePass } = await import('./pass/route')
const { GET: googleLink } = await import('./google/route')
const { POST: resolveCard } = await import('./resolve/route')
const { GET: receiptList } = await import('../receipts/route')
const { GET: receiptOne } = await import('../receipts/[id]/route')
const { POST: sales } = await import('../stores/[id]/sales/route')
const { POST: staffSession } = await import('../staff/session/route')

const base = 'http://aisle.test/api/v1'
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) })
const get = (path: string, cookie?: string) => new Request(`${base}${path}`, { headers: cookie ? { cookie } : {} })
const post = (path: string, body: unknown, cookie?: string) =>
  new Request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) })

async function problem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body).toMatchObject({ type: `/problems/${type}`, status })
  return body
}

describe('the wallet and receipts API', { timeout: 60_000 }, () => {
  const who: Record<'ada' | 'bo', { memberId: string; cookie: string }> = {} as never
  let staffCookie: string
  let storeId: string
  let variantId: string
  let boReceipt: { id: string; number: string }

  beforeAll(async () => {
    const db = await getDb()
    for (const [key, name, email] of [['ada', 'Ada Alpha', 'ada.alpha@example.com'], ['bo', 'Bo Bravo', 'bo.bravo@example.com']] as const) {
      const { memberId } = await findOrCreateMember(db, { name, email })
      const { token } = await createSession(db, memberId, 'email-code')
      who[key] = { memberId, cookie: `aisle_session=${token}` }
    }
    const [s] = await rows<{ id: string; store_id: string }>(db, sql`select id, store_id from staff where role = 'associate' order by id limit 1`)
    storeId = s.store_id
    const res = await staffSession(post('/staff/session', { staffId: s.id, pin: DEMO_ASSOCIATE_PIN }), ctx({}))
    staffCookie = res.headers.get('set-cookie')!.split(';')[0]
    const [v] = await rows<{ variant_id: string }>(db, sql`select variant_id from inventory_levels where store_id = ${storeId} and reserved = 0 order by variant_id limit 1`)
    variantId = v.variant_id
    await recordCount(db, { storeId, variantId, counted: 10, actor: 'test' })
    const staff = (await staffSignIn(db, { staffId: s.id, pin: DEMO_ASSOCIATE_PIN })).staff
    const { reservation } = await createReservation(db, { storeId, lines: [{ variantId, quantity: 1 }], customer: { name: 'Bo Bravo', email: 'bo.bravo@example.com' } }, { memberId: who.bo.memberId })
    await collect(db, staff, reservation.id)
    const [r] = await rows<{ id: string; number: string }>(db, sql`select id, number from receipts where member_id = ${who.bo.memberId}`)
    boReceipt = r
  }, 180_000)
  afterAll(() => {
    delete process.env.GOOGLE_WALLET_ISSUER_ID
  })

  it('answers only a signed-in member, never from a cache', async () => {
    await problem(await wallet(get('/wallet'), ctx({})), 401, 'sign-in-required')
    await problem(await wallet(get('/wallet', 'aisle_session=not-a-session'), ctx({})), 401, 'sign-in-required')
    await problem(await receiptList(get('/receipts'), ctx({})), 401, 'sign-in-required')
    await problem(await receiptOne(get(`/receipts/${boReceipt.id}`), ctx({ id: boReceipt.id })), 401, 'sign-in-required')
    const res = await wallet(get('/wallet', who.bo.cookie), ctx({}))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toContain('no-store')
  })

  it("is the member's own wallet: card code, points, the pickup's receipt and its activity", async () => {
    const body = await (await wallet(get('/wallet', who.bo.cookie), ctx({}))).json()
    expect(body.member).toEqual({ id: who.bo.memberId, name: 'Bo Bravo' })
    expect(body.card.token).toMatch(/^AISLE-MEMBER:\d{12}\.\d{10}\.\d{16}$/)
    expect(body.card.digits).toMatch(/^\d{38}$/)
    expect(body.loyalty.points).toBeGreaterThan(0)
    expect(body.receipts).toEqual([expect.objectContaining({ id: boReceipt.id, number: boReceipt.number, channel: 'pickup', itemCount: 1 })])
    expect(body.activity[0]).toMatchObject({ kind: 'earn', channel: 'reservation', receipt: { id: boReceipt.id, number: boReceipt.number } })
    expect(body.rewards.map((r: { id: string }) => r.id)).toEqual(['five-off', 'fifteen-off'])
    expect(body.passes).toEqual({ apple: false, google: false })
    expect(body.since).toBeGreaterThan(0)
    // Each load signs a fresh code for the same card.
    const again = await (await wallet(get('/wallet', who.bo.cookie), ctx({}))).json()
    expect(again.card.token.split('.')[0]).toBe(body.card.token.split('.')[0])
  })

  it("member A never sees member B's wallet or receipts: 404, and nothing of B's in the answer", async () => {
    const mine = await wallet(get('/wallet', who.ada.cookie), ctx({}))
    const text = await mine.text()
    for (const secret of [who.bo.memberId, boReceipt.id, boReceipt.number, 'Bo Bravo', 'bo.bravo']) expect(text).not.toContain(secret)
    expect(JSON.parse(text).receipts).toEqual([])
    expect(await (await receiptList(get('/receipts', who.ada.cookie), ctx({}))).json()).toEqual([])
    const res = await receiptOne(get(`/receipts/${boReceipt.id}`, who.ada.cookie), ctx({ id: boReceipt.id }))
    const refused = await problem(res, 404, 'receipt-not-found')
    expect(JSON.stringify(refused)).not.toContain(boReceipt.number)
    // The same 404 for a receipt that does not exist.
    const none = await problem(await receiptOne(get('/receipts/rcp_0000000000000000', who.ada.cookie), ctx({ id: 'rcp_0000000000000000' })), 404, 'receipt-not-found')
    expect(none.detail).toBe(refused.detail)
    const own = await receiptOne(get(`/receipts/${boReceipt.id}`, who.bo.cookie), ctx({ id: boReceipt.id }))
    expect(own.status).toBe(200)
    expect(await own.json()).toMatchObject({ id: boReceipt.id, number: boReceipt.number, token: expect.stringMatching(/^AISLE-RECEIPT:/) })
  })

  it('offers passes only when configured: 404 wallet-pass-unavailable, then a signed Google save link', async () => {
    await problem(await applePass(get('/wallet/pass', who.ada.cookie), ctx({})), 404, 'wallet-pass-unavailable')
    await problem(await googleLink(get('/wallet/google', who.ada.cookie), ctx({})), 404, 'wallet-pass-unavailable')
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    Object.assign(process.env, {
      GOOGLE_WALLET_ISSUER_ID: '3388000000099999999',
      GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL: 'wallet@aisle.iam.gserviceaccount.com',
      GOOGLE_WALLET_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    })
    try {
      expect((await (await wallet(get('/wallet', who.ada.cookie), ctx({}))).json()).passes).toEqual({ apple: false, google: true })
      await problem(await googleLink(get('/wallet/google'), ctx({})), 401, 'sign-in-required')
      const res = await googleLink(get('/wallet/google', who.ada.cookie), ctx({}))
      expect(res.status).toBe(303)
      const jwt = res.headers.get('location')!.replace('https://pay.google.com/gp/v/save/', '')
      const claims = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString())
      expect(claims.payload.loyaltyObjects[0]).toMatchObject({ accountName: 'Ada Alpha', barcode: { value: expect.stringMatching(/^AISLE-MEMBER:/) } })
    } finally {
      delete process.env.GOOGLE_WALLET_ISSUER_ID
      delete process.env.GOOGLE_WALLET_SERVICE_ACCOUNT_EMAIL
      delete process.env.GOOGLE_WALLET_PRIVATE_KEY
    }
  })

  it('staff resolve a card at the till and sell to the member with a reward; too few points is a 409 and nothing sold', async () => {
    const { card } = await (await wallet(get('/wallet', who.ada.cookie), ctx({}))).json()
    await problem(await resolveCard(post('/wallet/resolve', { token: card.token }), ctx({})), 401, 'staff-sign-in-required')
    await problem(await resolveCard(post('/wallet/resolve', { token: '8034592001024' }, staffCookie), ctx({})), 400, 'wallet-card-malformed')
    await problem(await resolveCard(post('/wallet/resolve', {}, staffCookie), ctx({})), 400, 'validation')
    const found = await resolveCard(post('/wallet/resolve', { token: card.digits }, staffCookie), ctx({}))
    expect(await found.json()).toMatchObject({ name: 'Ada Alpha', points: 0, rewards: [{ id: 'five-off', affordable: false }, { id: 'fifteen-off', affordable: false }] })

    const db = await getDb()
    const onHand = async () => (await rows<{ on_hand: number }>(db, sql`select on_hand from inventory_levels where store_id = ${storeId} and variant_id = ${variantId}`))[0].on_hand
    const before = await onHand()
    await problem(await sales(post(`/stores/${storeId}/sales`, { variantId, memberToken: card.token, rewardId: 'five-off' }, staffCookie), ctx({ id: storeId })), 409, 'not-enough-points')
    expect(await onHand()).toBe(before)
    await problem(await sales(post(`/stores/${storeId}/sales`, { variantId, rewardId: 'bogus', memberToken: card.token }, staffCookie), ctx({ id: storeId })), 400, 'validation')

    await earnPoints(db, { memberId: who.ada.memberId, amountMinor: 50_000, channel: 'online', reference: 'order-ada-1' })
    const sold = await sales(post(`/stores/${storeId}/sales`, { variantId, memberToken: card.token, rewardId: 'five-off', tender: 'card' }, staffCookie), ctx({ id: storeId }))
    expect(sold.status).toBe(201)
    const body = await sold.json()
    expect(body).toMatchObject({ kind: 'sale', quantity: -1, receipt: { discount: 500 }, member: { name: 'Ada Alpha' } })
    expect(await onHand()).toBe(before - 1)
    const receipt = await (await receiptOne(get(`/receipts/${body.receipt.id}`, who.ada.cookie), ctx({ id: body.receipt.id }))).json()
    expect(receipt).toMatchObject({ channel: 'in-store', discount: { amount: 500 }, tender: { kind: 'card' } })
    expect(JSON.stringify(receipt.tender)).not.toMatch(/\d{12,}/)
  })
})
