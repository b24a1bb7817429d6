import { describe, expect, it } from 'vitest'

process.env.AISLE_DATA_DIR = 'memory://'
delete process.env.DATABASE_URL

const { getDb } = await import('@/lib/db')
const { listOutbox } = await import('@/lib/mail/outbox')
const { POST: requestCode } = await import('./code/route')
const { POST: verify } = await import('./verify/route')
const { GET: session, DELETE: signOut } = await import('./session/route')
const { GET: sessions, DELETE: signOutEverywhere } = await import('./sessions/route')
const { POST: profile } = await import('./profile/route')

const ctx = { params: Promise.resolve({}) }
const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://aisle.test/api/v1/auth/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.1', ...headers }, body: JSON.stringify(body) })
const get = (path: string, cookie: string, method = 'GET') => new Request(`http://aisle.test/api/v1/auth/${path}`, { method, headers: { cookie } })
const codeFor = async (email: string) => /\b(\d{6})\b/.exec((await listOutbox(await getDb(), { to: email, limit: 1 }))[0].text)![1]
const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0]

describe('the sign-in BFF', { timeout: 60_000 }, () => {
  it('answers a code request the same way for a new address and a member, and limits with Retry-After', async () => {
    const answers = []
    for (const email of ['first@example.com', 'first@example.com']) {
      const res = await requestCode(post('code', { email }), ctx)
      expect(res.status).toBe(202)
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      answers.push(await res.text())
      // Make the address a member between the two requests.
      if (answers.length === 1) await verify(post('verify', { email, code: await codeFor(email) }), ctx)
    }
    expect(answers[0]).toBe(answers[1])
    await requestCode(post('code', { email: 'first@example.com' }), ctx)
    const limited = await requestCode(post('code', { email: ' FIRST@example.com' }), ctx)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toBe('application/problem+json')
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500)
    expect(await limited.json()).toMatchObject({ type: '/problems/rate-limited', retryAfter: Number(limited.headers.get('retry-after')) })
  })

  it('signs in with an httpOnly, SameSite=Lax cookie; signs out one browser or all', async () => {
    const email = 'cookie@example.com'
    await requestCode(post('code', { email }), ctx)
    const wrong = await verify(post('verify', { email, code: '1234567' }), ctx)
    expect(wrong.status).toBe(400)
    const res = await verify(post('verify', { email, code: await codeFor(email) }), ctx)
    expect(res.status).toBe(200)
    const setCookie = res.headers.get('set-cookie')!
    expect(setCookie).toMatch(/^aisle_session=[\w-]+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/)
    expect(await res.json()).toMatchObject({ member: { email, name: '', phone: null }, merged: { wishlist: 0, reservations: 0, scans: 0 } })
    const cookie = cookieOf(res)
    expect((await (await session(get('session', cookie), ctx)).json()).member.email).toBe(email)

    // A second browser, then "sign out everywhere" from the first.
    await requestCode(post('code', { email }), ctx)
    const other = cookieOf(await verify(post('verify', { email, code: await codeFor(email) }), ctx))
    expect(await (await sessions(get('sessions', cookie), ctx)).json()).toHaveLength(2)
    const everywhere = await signOutEverywhere(get('sessions', cookie, 'DELETE'), ctx)
    expect(everywhere.status).toBe(204)
    expect(everywhere.headers.get('set-cookie')).toMatch(/^aisle_session=; .*Expires=Thu, 01 Jan 1970/)
    expect((await session(get('session', other), ctx)).status).toBe(401)

    // Sign out (this browser) is idempotent and clears the cookie.
    await requestCode(post('code', { email: 'out@example.com' }), ctx)
    const out = cookieOf(await verify(post('verify', { email: 'out@example.com', code: await codeFor('out@example.com') }), ctx))
    expect((await signOut(get('session', out, 'DELETE'), ctx)).status).toBe(204)
    expect((await session(get('session', out), ctx)).status).toBe(401)
    expect((await signOut(get('session', out, 'DELETE'), ctx)).status).toBe(204)
  })

  it('saves the profile; a taken phone is a 409; signed out is a 401', async () => {
    const signIn = async (email: string) => {
      await requestCode(post('code', { email }), ctx)
      return cookieOf(await verify(post('verify', { email, code: await codeFor(email) }), ctx))
    }
    const ann = await signIn('ann-profile@example.com')
    const bo = await signIn('bo-profile@example.com')
    const saved = await profile(post('profile', { name: 'Ann', phone: '(312) 555-0177' }, { cookie: ann }), ctx)
    expect(await saved.json()).toMatchObject({ member: { name: 'Ann', phone: '+13125550177' } })
    const taken = await profile(post('profile', { name: 'Bo', phone: '+13125550177' }, { cookie: bo }), ctx)
    expect(taken.status).toBe(409)
    expect((await taken.json()).type).toBe('/problems/phone-taken')
    expect((await profile(post('profile', { name: 'X' }), ctx)).status).toBe(401)
  })
})
