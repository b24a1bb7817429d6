import { sql } from 'drizzle-orm'
import { expect, it } from 'vitest'
import { getDb } from '@/lib/db'
import { num, rows } from '@/lib/db/rows'
import { recordCount } from '@/lib/inventory/movements'
import { DEMO_ASSOCIATE_PIN, DEMO_MANAGER_PIN } from '@/lib/staff/demo'
import { POST as reserve } from './reservations/route'
import { GET as getReservation } from './reservations/[id]/route'
import { POST as cancel } from './reservations/[id]/cancel/route'
import { POST as confirm } from './reservations/[id]/confirm/route'
import { POST as ready } from './reservations/[id]/ready/route'
import { POST as collect } from './reservations/[id]/collect/route'
import { POST as resolve } from './reservations/[id]/resolve/route'
import { POST as lookup } from './reservations/lookup/route'
import { GET as storeReservations } from './stores/[id]/reservations/route'
import { POST as sales } from './stores/[id]/sales/route'
import { POST as movements } from './stores/[id]/movements/route'
import { DELETE as signOut, GET as whoAmI, POST as signIn } from './staff/session/route'

const base = 'http://aisle.test/api/v1'
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) })
const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(`${base}${path}`, {
    method: 'POST',
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${base}${path}`, { headers })

async function problem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = await res.json()
  expect(body).toMatchObject({ type: `/problems/${type}`, status })
  return body
}

const customer = { name: 'Bea Buyer', email: 'bea@example.com' }

/** The reservation and staff endpoints' HTTP contract; run once per database driver. */
export function bopisCases() {
  let storeId: string
  let otherStoreId: string
  let variantId: string
  const cookies: Record<string, string> = {}

  const level = async (s = storeId, v = variantId) => {
    const [l] = await rows<{ on_hand: number; reserved: number }>(await getDb(), sql`select on_hand, reserved from inventory_levels where store_id = ${s} and variant_id = ${v}`)
    return { onHand: num(l.on_hand), reserved: num(l.reserved) }
  }
  const staffCookie = async (staffId: string, pin: string) => {
    const res = await signIn(post('/staff/session', { staffId, pin }), ctx({}))
    expect(res.status).toBe(201)
    const setCookie = res.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^aisle_staff=[^;]+; Path=\/; Expires=.+; HttpOnly; SameSite=Strict/)
    return setCookie.split(';')[0]
  }
  const as = (who: string) => ({ cookie: cookies[who] })

  it('signs staff in with id and PIN, and refuses a wrong PIN without saying which part was wrong', async () => {
    const db = await getDb()
    const stores = await rows<{ id: string }>(db, sql`select store_id as id from staff group by store_id order by store_id limit 2`)
    storeId = stores[0].id
    otherStoreId = stores[1].id
    const [v] = await rows<{ variant_id: string }>(db, sql`select variant_id from inventory_levels where store_id = ${storeId} and reserved = 0 order by variant_id limit 1`)
    variantId = v.variant_id
    await recordCount(db, { storeId, variantId, counted: 2, actor: 'test' })
    await recordCount(db, { storeId: otherStoreId, variantId, counted: 4, actor: 'test' })
    const staff = await rows<{ id: string; store_id: string; role: string }>(db, sql`select id, store_id, role from staff where store_id in (${storeId}, ${otherStoreId})`)
    const id = (s: string, role: string) => staff.find((x) => x.store_id === s && x.role === role)!.id
    cookies.associate = await staffCookie(id(storeId, 'associate'), DEMO_ASSOCIATE_PIN)
    cookies.manager = await staffCookie(id(storeId, 'manager'), DEMO_MANAGER_PIN)
    cookies.otherAssociate = await staffCookie(id(otherStoreId, 'associate'), DEMO_ASSOCIATE_PIN)
    const me = await (await whoAmI(get('/staff/session', as('associate')), ctx({}))).json()
    expect(me.staff).toMatchObject({ storeId, role: 'associate' })
    const wrong = await problem(await signIn(post('/staff/session', { staffId: id(storeId, 'manager'), pin: '0000' }), ctx({})), 401, 'invalid-credentials')
    const unknown = await problem(await signIn(post('/staff/session', { staffId: 'E999', pin: '0000' }), ctx({})), 401, 'invalid-credentials')
    expect(wrong.title).toBe(unknown.title)
    await problem(await signIn(post('/staff/session', { staffId: 'E011', pin: 'abc' }), ctx({})), 400, 'validation')
  })

  it('reserves with an Idempotency-Key: 201 once, the same reservation on replay, nothing more held', async () => {
    const body = { storeId, lines: [{ variantId, quantity: 1 }], customer }
    const first = await reserve(post('/reservations', body, { 'idempotency-key': 'api-test-key-1' }), ctx({}))
    expect(first.status).toBe(201)
    expect(first.headers.get('cache-control')).toBe('private, no-store')
    const r = await first.json()
    expect(first.headers.get('location')).toBe(`/api/v1/reservations/${r.id}`)
    const replay = await reserve(post('/reservations', body, { 'idempotency-key': 'api-test-key-1' }), ctx({}))
    expect(replay.status).toBe(200)
    expect((await replay.json()).id).toBe(r.id)
    expect(await level()).toEqual({ onHand: 2, reserved: 1 })
    await problem(await reserve(post('/reservations', { ...body, lines: [{ variantId, quantity: 2 }] }, { 'idempotency-key': 'api-test-key-1' }), ctx({})), 422, 'idempotency-key-reused')

    // The owner reads it with the link's key; anyone else finds nothing; no key and no staff → 401.
    const key = new URL(r.url, base).searchParams.get('key')!
    expect((await getReservation(get(`/reservations/${r.id}?key=${key}`), ctx({ id: r.id }))).status).toBe(200)
    expect((await getReservation(get(`/reservations/${r.id}`, { authorization: `Bearer ${key}` }), ctx({ id: r.id }))).status).toBe(200)
    await problem(await getReservation(get(`/reservations/${r.id}?key=wrong`), ctx({ id: r.id })), 404, 'reservation-not-found')
    await problem(await getReservation(get(`/reservations/${r.id}`), ctx({ id: r.id })), 401, 'staff-sign-in-required')
    await problem(await getReservation(get(`/reservations/${r.id}`, as('otherAssociate')), ctx({ id: r.id })), 403, 'forbidden')
    expect((await getReservation(get(`/reservations/${r.id}`, as('associate')), ctx({ id: r.id }))).status).toBe(200)
  })

  it('answers bad input with problem+json and changes nothing', async () => {
    const before = await level()
    await problem(await reserve(post('/reservations', { storeId, lines: [] }), ctx({})), 400, 'validation')
    await problem(await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 99 }] }), ctx({})), 400, 'validation')
    await problem(await reserve(post('/reservations', '{"storeId":'), ctx({})), 400, 'invalid-json')
    await problem(await reserve(new Request(`${base}/reservations`, { method: 'POST', body: 'storeId=x' }), ctx({})), 415, 'unsupported-media-type')
    await problem(await reserve(post('/reservations', { storeId: 'str_nope', lines: [{ variantId, quantity: 1 }] }), ctx({})), 404, 'store-not-found')
    await problem(await reserve(post('/reservations', { storeId, lines: [{ variantId: 'var_nope', quantity: 1 }] }), ctx({})), 404, 'variant-not-found')
    await problem(await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 1 }] }, { 'idempotency-key': 'short' }), ctx({})), 400, 'validation')
    const sold = await problem(await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 2 }], customer }), ctx({})), 409, 'insufficient-stock')
    expect(sold.shortages[0]).toMatchObject({ variantId, requested: 2, available: 1 })
    const alternatives = sold.shortages[0].alternatives as { storeId: string; available: number; distanceKm: number }[]
    expect(alternatives.length).toBeGreaterThan(0)
    expect(alternatives.every((a) => a.available >= 2 && a.storeId !== storeId)).toBe(true)
    expect(alternatives.map((a) => a.distanceKm)).toEqual([...alternatives.map((a) => a.distanceKm)].sort((a, b) => a - b))
    expect(await level()).toEqual(before)
  })

  it('checks role and store on every staff endpoint', async () => {
    const db = await getDb()
    const { id } = await (await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 1 }], customer }), ctx({}))).json()
    const before = await level()
    const staffCalls: [string, (h: Record<string, string>) => Promise<Response>][] = [
      ['ready', (h) => ready(post(`/reservations/${id}/ready`, undefined, h), ctx({ id }))],
      ['collect', (h) => collect(post(`/reservations/${id}/collect`, undefined, h), ctx({ id }))],
      ['resolve', (h) => resolve(post(`/reservations/${id}/resolve`, {}, h), ctx({ id }))],
      ['cancel', (h) => cancel(post(`/reservations/${id}/cancel`, { reason: 'x' }, h), ctx({ id }))],
      ['list', (h) => storeReservations(get(`/stores/${storeId}/reservations`, h), ctx({ id: storeId }))],
      ['sale', (h) => sales(post(`/stores/${storeId}/sales`, { variantId, quantity: 1 }, h), ctx({ id: storeId }))],
      ['receipt', (h) => movements(post(`/stores/${storeId}/movements`, { kind: 'receipt', variantId, quantity: 1 }, h), ctx({ id: storeId }))],
    ]
    for (const [name, call] of staffCalls) {
      const body = await problem(await call({}), 401, 'staff-sign-in-required')
      expect(body.title, name).toBeTruthy()
      await problem(await call(as('otherAssociate')), 403, 'forbidden')
    }
    await problem(await lookup(post('/reservations/lookup', { code: 'ACDEFG' }), ctx({})), 401, 'staff-sign-in-required')
    // Associates may not adjust stock down by damage, count or transfer; managers may.
    for (const body of [{ kind: 'damage', variantId, quantity: 1 }, { kind: 'count', variantId, counted: 5 }, { kind: 'transfer', variantId, quantity: 1, toStoreId: otherStoreId }]) {
      await problem(await movements(post(`/stores/${storeId}/movements`, body, as('associate')), ctx({ id: storeId })), 403, 'forbidden')
    }
    expect(await level()).toEqual(before)
    const [{ status }] = await rows<{ status: string }>(db, sql`select status from reservations where id = ${id}`)
    expect(status).toBe('pending')
    await problem(await movements(post(`/stores/${storeId}/movements`, { kind: 'melt', variantId, quantity: 1 }, as('manager')), ctx({ id: storeId })), 400, 'validation')
    const count = await movements(post(`/stores/${storeId}/movements`, { kind: 'count', variantId, counted: 3 }, as('manager')), ctx({ id: storeId }))
    expect(count.status).toBe(201)
    expect((await count.json()).level).toMatchObject({ onHand: 3 })
  })

  it('pickup desk: list, ready, look up by typed code, collect; a till sale of a held unit flags attention', async () => {
    const { id, pickupCode } = await (await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 1 }], customer }), ctx({}))).json()
    const list = await (await storeReservations(get(`/stores/${storeId}/reservations?status=pending`, as('associate')), ctx({ id: storeId }))).json()
    expect(list.map((r: { id: string }) => r.id)).toContain(id)
    expect(list[0].customer.email).toBe('bea@example.com')
    await problem(await storeReservations(get(`/stores/${storeId}/reservations?status=bogus`, as('associate')), ctx({ id: storeId })), 400, 'validation')
    expect((await (await ready(post(`/reservations/${id}/ready`, undefined, as('associate')), ctx({ id }))).json()).status).toBe('ready')
    const found = await (await lookup(post('/reservations/lookup', { code: `${pickupCode.slice(0, 3)} ${pickupCode.slice(3)}`.toLowerCase() }, as('associate')), ctx({}))).json()
    expect(found.id).toBe(id)
    expect((await (await collect(post(`/reservations/${id}/collect`, undefined, as('associate')), ctx({ id }))).json()).status).toBe('collected')

    // One unit on the shelf beyond what is held; reserve it, then sell one at the till.
    const l = await level()
    await movements(post(`/stores/${storeId}/movements`, { kind: 'count', variantId, counted: l.reserved + 1 }, as('manager')), ctx({ id: storeId }))
    const heldRes = await reserve(post('/reservations', { storeId, lines: [{ variantId, quantity: 1 }], customer }), ctx({}))
    expect(heldRes.status).toBe(201)
    const held = await heldRes.json()
    const sale = await sales(post(`/stores/${storeId}/sales`, { variantId, quantity: 1 }, as('associate')), ctx({ id: storeId }))
    expect(sale.status).toBe(201)
    const saleBody = await sale.json()
    expect(saleBody.displaced).toContainEqual(expect.objectContaining({ reservationId: held.id, status: 'attention' }))
    const after = await (await getReservation(get(`/reservations/${held.id}`, as('associate')), ctx({ id: held.id }))).json()
    expect(after.status).toBe('attention')
    // The manager re-sources it from the other store.
    const fixed = await resolve(post(`/reservations/${held.id}/resolve`, { fromStoreId: otherStoreId }, as('manager')), ctx({ id: held.id }))
    expect((await fixed.json()).status).toBe('pending')
    // And the shopper can still cancel it with the link.
    const key = new URL(held.url, base).searchParams.get('key')!
    expect((await (await cancel(post(`/reservations/${held.id}/cancel?key=${key}`), ctx({ id: held.id }))).json()).status).toBe('cancelled')
  })

  it('turns a cart hold into a placed reservation with contact details', async () => {
    const hold = await (await reserve(post('/reservations', { storeId: otherStoreId, lines: [{ variantId, quantity: 1 }] }), ctx({}))).json()
    expect(hold.status).toBe('held')
    expect(hold.holdExpiresAt).toBeTruthy()
    const key = new URL(hold.url, base).searchParams.get('key')!
    await problem(await confirm(post(`/reservations/${hold.id}/confirm?key=${key}`, { name: '', email: 'nope' }), ctx({ id: hold.id })), 400, 'validation')
    const placed = await (await confirm(post(`/reservations/${hold.id}/confirm?key=${key}`, customer), ctx({ id: hold.id }))).json()
    expect(placed).toMatchObject({ status: 'pending', customer: { email: 'bea@example.com' } })
  })

  it('signs out by revoking the session on the server', async () => {
    const res = await signOut(new Request(`${base}/staff/session`, { method: 'DELETE', headers: as('associate') }), ctx({}))
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/^aisle_staff=;/)
    await problem(await whoAmI(get('/staff/session', as('associate')), ctx({})), 401, 'staff-sign-in-required')
  })
}
