import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'

process.env.AISLE_DATA_DIR = 'memory://'
delete process.env.DATABASE_URL

const { getDb } = await import('@/lib/db')
const { rows } = await import('@/lib/db/rows')
const { GET: getWishlist } = await import('../wishlist/route')
const { PUT: save, DELETE: unsave } = await import('../wishlist/[productId]/route')
const { GET: getConsents, PUT: putConsents } = await import('./consents/route')
const { GET: exportData } = await import('./export/route')
const { DELETE: deleteMe } = await import('./route')
const { POST: requestCode } = await import('../auth/code/route')
const { POST: verify } = await import('../auth/verify/route')

const base = 'http://aisle.test/api/v1'
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) })
const call = (method: string, path: string, cookie?: string, body?: unknown) =>
  new Request(`${base}${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const cookieFrom = (res: Response, name: string) => {
  const c = res.headers.getSetCookie().find((s) => s.startsWith(`${name}=`))
  return c ? c.split(';')[0] : undefined
}
async function problem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  expect(await res.json()).toMatchObject({ type: `/problems/${type}`, status })
}

/** The real sign-in: a code mailed to the outbox, verified with this browser's cookies. */
async function signIn(email: string, cookie = ''): Promise<string> {
  expect((await requestCode(call('POST', '/auth/code', undefined, { email }), ctx({}))).status).toBe(202)
  const [mail] = await rows<{ body_text: string }>(await getDb(), sql`select body_text from mail_outbox where to_address = ${email} order by id desc limit 1`)
  const code = /\b(\d{6})\b/.exec(mail.body_text)![1]
  const res = await verify(call('POST', '/auth/verify', cookie, { email, code }), ctx({}))
  expect(res.status).toBe(200)
  return [cookie, cookieFrom(res, 'aisle_session')].filter(Boolean).join('; ')
}

describe('wishlist and privacy over HTTP', { timeout: 60_000 }, () => {
  let products: string[] = []
  const ids = (body: { items: { productId: string }[] }) => body.items.map((i) => i.productId)

  it('keeps a visitor’s list by cookie, idempotently, and answers bad input with problems', async () => {
    products = (await rows<{ id: string }>(await getDb(), sql`select id from products order by id limit 3`)).map((r) => r.id)
    expect(await (await getWishlist(call('GET', '/wishlist'), ctx({}))).json()).toMatchObject({ owner: 'visitor', items: [] })
    const first = await save(call('PUT', `/wishlist/${products[0]}`), ctx({ productId: products[0] }))
    expect(first.status).toBe(201)
    const visitor = cookieFrom(first, 'aisle_visitor')!
    expect(first.headers.getSetCookie()[0]).toMatch(/HttpOnly; SameSite=Lax/)
    const again = await save(call('PUT', `/wishlist/${products[0]}`, visitor), ctx({ productId: products[0] }))
    expect(again.status).toBe(200)
    expect(cookieFrom(again, 'aisle_visitor')).toBeUndefined()
    expect(ids(await (await getWishlist(call('GET', '/wishlist', visitor), ctx({}))).json())).toEqual([products[0]])

    await problem(await save(call('PUT', '/wishlist/prd_nope', visitor), ctx({ productId: 'prd_nope' })), 404, 'product-not-found')
    await problem(await save(call('PUT', '/wishlist/a%20b', visitor), ctx({ productId: 'a b' })), 400, 'validation')
    await problem(await save(call('PUT', `/wishlist/${products[1]}`, visitor, { color: 42 }), ctx({ productId: products[1] })), 400, 'validation')
    const missing = await unsave(call('DELETE', `/wishlist/${products[2]}`, visitor), ctx({ productId: products[2] }))
    expect(missing.status).toBe(204)
  })

  it('merges the visitor’s list into the member at sign-in, and keeps members apart', async () => {
    const visitor = cookieFrom(await save(call('PUT', `/wishlist/${products[1]}`), ctx({ productId: products[1] })), 'aisle_visitor')!
    const a = await signIn('ana@example.com', visitor)
    const b = await signIn('ben@example.com')
    expect(await (await getWishlist(call('GET', '/wishlist', a), ctx({}))).json()).toMatchObject({ owner: 'member', items: [{ productId: products[1] }] })
    await save(call('PUT', `/wishlist/${products[2]}`, b), ctx({ productId: products[2] }))
    expect(ids(await (await getWishlist(call('GET', '/wishlist', b), ctx({}))).json())).toEqual([products[2]])
    // B removing A's product touches nothing of A's.
    expect((await unsave(call('DELETE', `/wishlist/${products[1]}`, b), ctx({ productId: products[1] }))).status).toBe(204)
    expect(ids(await (await getWishlist(call('GET', '/wishlist', a), ctx({}))).json())).toEqual([products[1]])

    const ca = await putConsents(call('PUT', '/me/consents', a, { marketing_email: true }), ctx({}))
    expect(ca.status).toBe(200)
    expect((await ca.json()).log).toEqual([expect.objectContaining({ purpose: 'marketing_email', granted: true, source: 'api' })])
    const cb = await (await getConsents(call('GET', '/me/consents', b), ctx({}))).json()
    expect(cb.log).toEqual([])
    expect(cb.consents.every((c: { granted: boolean }) => !c.granted)).toBe(true)

    const exported = await exportData(call('GET', '/me/export', b), ctx({}))
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="aisle-my-data-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(exported.headers.get('cache-control')).toBe('private, no-store')
    const text = await exported.text()
    expect(JSON.parse(text).profile.email).toBe('ben@example.com')
    expect(text).not.toContain('ana@example.com')
    expect(text).not.toContain(products[1])
  })

  it('needs a session for the member endpoints, and validates consent changes', async () => {
    await problem(await getConsents(call('GET', '/me/consents'), ctx({})), 401, 'sign-in-required')
    await problem(await exportData(call('GET', '/me/export', 'aisle_session=forged'), ctx({})), 401, 'sign-in-required')
    await problem(await deleteMe(call('DELETE', '/me', undefined, { confirm: 'DELETE' }), ctx({})), 401, 'sign-in-required')
    const c = await signIn('cat@example.com')
    await problem(await putConsents(call('PUT', '/me/consents', c, { marketing_email: 'yes' }), ctx({})), 400, 'validation')
    await problem(await putConsents(call('PUT', '/me/consents', c, {}), ctx({})), 400, 'validation')
    const notJson = new Request(`${base}/me/consents`, { method: 'PUT', headers: { cookie: c, 'content-type': 'text/plain' }, body: 'x' })
    await problem(await putConsents(notJson, ctx({})), 415, 'unsupported-media-type')
  })

  it('deletes an account only when confirmed, signs the browser out, and a new sign-in starts empty', async () => {
    const d = await signIn('dot@example.com')
    await save(call('PUT', `/wishlist/${products[0]}`, d), ctx({ productId: products[0] }))
    await problem(await deleteMe(call('DELETE', '/me', d, { confirm: 'someone@example.com' }), ctx({})), 422, 'deletion-not-confirmed')
    await problem(await deleteMe(call('DELETE', '/me', d, {}), ctx({})), 400, 'validation')
    const gone = await deleteMe(call('DELETE', '/me', d, { confirm: ' DOT@example.com ' }), ctx({}))
    expect(gone.status).toBe(204)
    expect(gone.headers.getSetCookie().map((s) => s.split(';')[0])).toEqual(['aisle_session=', 'aisle_visitor='])
    await problem(await getConsents(call('GET', '/me/consents', d), ctx({})), 401, 'sign-in-required')
    const fresh = await signIn('dot@example.com')
    expect(await (await getWishlist(call('GET', '/wishlist', fresh), ctx({}))).json()).toMatchObject({ owner: 'member', items: [] })
  })
})
