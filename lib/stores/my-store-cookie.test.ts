import { describe, expect, it } from 'vitest'
import { myStoreCookieOptions } from './my-store-cookie'

describe('myStoreCookieOptions', () => {
  it('keeps the store for a year on every path, sent on links from other apps', () => {
    expect(myStoreCookieOptions({ NODE_ENV: 'development' })).toEqual({
      path: '/',
      sameSite: 'lax',
      maxAge: 31_536_000,
      httpOnly: false,
      secure: false,
    })
  })

  it('is Secure only in production on an https site', () => {
    expect(myStoreCookieOptions({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: 'https://aisle.example' }).secure).toBe(true)
    expect(myStoreCookieOptions({ NODE_ENV: 'production', NEXT_PUBLIC_SITE_URL: 'http://127.0.0.1:3100' }).secure).toBe(false)
    expect(myStoreCookieOptions({ NODE_ENV: 'production' }).secure).toBe(false)
    expect(myStoreCookieOptions({ NODE_ENV: 'test', NEXT_PUBLIC_SITE_URL: 'https://aisle.example' }).secure).toBe(false)
  })
})
