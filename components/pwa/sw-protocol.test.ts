import { describe, expect, it } from 'vitest'
import { changesWhoIsSignedIn, isNeverCached, savedPageKind } from './sw-protocol'

describe('what the service worker may keep', () => {
  it('keeps the public catalogue and the wallet page, nothing personal', () => {
    for (const path of ['/', '/c/eyewear', '/p/harbor-sunglasses', '/search', '/stores', '/stores/wicker-park', '/try-on/harbor-sunglasses']) expect(savedPageKind(path), path).toBe('pages')
    expect(savedPageKind('/wallet')).toBe('shell')
    for (const path of ['/account', '/account/privacy', '/reservations/res_1', '/reserve', '/wallet/receipts/r1', '/scan', '/p/x/y', '/staff/pickup', '/offline']) {
      expect(savedPageKind(path), path).toBeNull()
    }
  })

  it('never answers the API, staff or dev pages from a cache', () => {
    for (const path of ['/api/v1/stream', '/api/v1/wallet', '/staff', '/staff/stock', '/dev/outbox', '/serwist/sw.js']) expect(isNeverCached(path), path).toBe(true)
    for (const path of ['/', '/apis', '/staffing', '/p/harbor-sunglasses']) expect(isNeverCached(path), path).toBe(false)
  })

  it('drops saved pages after sign-in, sign-out and erasure only', () => {
    for (const [method, path] of [
      ['POST', '/api/v1/auth/verify'],
      ['POST', '/api/v1/auth/passkeys/sign-in'],
      ['DELETE', '/api/v1/auth/session'],
      ['DELETE', '/api/v1/auth/sessions'],
      ['DELETE', '/api/v1/me'],
    ]) {
      expect(changesWhoIsSignedIn(method, path), `${method} ${path}`).toBe(true)
    }
    for (const [method, path] of [
      ['GET', '/api/v1/auth/session'],
      ['POST', '/api/v1/auth/code'],
      ['POST', '/api/v1/auth/passkeys/sign-in/options'],
      ['PUT', '/api/v1/me/consents'],
    ]) {
      expect(changesWhoIsSignedIn(method, path), `${method} ${path}`).toBe(false)
    }
  })
})
