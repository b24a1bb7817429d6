import { describe, expect, it } from 'vitest'
import { clientIp } from './client-ip'
import { safeNextPath } from './next-path'
import { authLimits } from './rate-limit'
import { relyingParty } from './relying-party'

const headers = (h: Record<string, string>) => new Headers(h)

describe('where sign-in sends you (`next`)', () => {
  it('keeps a page path of this site, with its query and hash', () => {
    expect(safeNextPath('/stores?sort=near#map')).toBe('/stores?sort=near#map')
    expect(safeNextPath('/account/wishlist')).toBe('/account/wishlist')
  })
  it('sends anything else to the account page', () => {
    for (const bad of [undefined, '', 'https://evil.example/', '//evil.example', '/\\evil.example', 'stores', '/api/v1/auth/session', '/staff/pickup', '/account/sign-in?next=/x', '/\u0000x', `/${'a'.repeat(600)}`]) {
      expect(safeNextPath(bad), String(bad)).toBe('/account')
    }
  })
})

describe('the client IP behind the per-IP limits', () => {
  it("is the address Next's server or the nearest trusted proxy saw", () => {
    expect(clientIp(headers({ 'x-forwarded-for': '127.0.0.1' }), {})).toBe('127.0.0.1')
    // One proxy appended the peer it saw: whatever the client claimed before it does not count.
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), { AISLE_TRUSTED_PROXIES: '1' })).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), { AISLE_TRUSTED_PROXIES: '2' })).toBe('203.0.113.9')
    expect(clientIp(headers({ 'x-forwarded-for': '2001:DB8::1' }), {})).toBe('2001:db8::1')
  })
  it('is "unknown" when there is nothing usable', () => {
    expect(clientIp(headers({}), {})).toBe('unknown')
    expect(clientIp(headers({ 'x-forwarded-for': 'not an ip' }), {})).toBe('unknown')
  })
})

describe('rate limits from the environment', () => {
  it('defaults to 3 codes per address and 20 per IP, checks three times that', () => {
    expect(authLimits({})).toEqual({ codesPerEmail: 3, codesPerIp: 20, checksPerIp: 60 })
    expect(authLimits({ AISLE_RATE_LIMIT_IP: '1000', AISLE_RATE_LIMIT_EMAIL: '5' })).toEqual({ codesPerEmail: 5, codesPerIp: 1000, checksPerIp: 3000 })
    expect(authLimits({ AISLE_RATE_LIMIT_IP: 'lots', AISLE_RATE_LIMIT_EMAIL: '-1' })).toEqual({ codesPerEmail: 3, codesPerIp: 20, checksPerIp: 60 })
  })
})

describe('the passkey relying party', () => {
  it('is NEXT_PUBLIC_SITE_URL when set, whatever Host says', () => {
    expect(relyingParty(headers({ host: 'evil.example' }), { NEXT_PUBLIC_SITE_URL: 'https://shop.aisle.example/' })).toEqual({
      rpID: 'shop.aisle.example',
      origin: 'https://shop.aisle.example',
      rpName: 'Aisle',
    })
  })
  it("is otherwise the request's host and scheme", () => {
    expect(relyingParty(headers({ host: 'localhost:3000', 'x-forwarded-proto': 'http' }), {})).toMatchObject({ rpID: 'localhost', origin: 'http://localhost:3000' })
    expect(relyingParty(headers({ 'x-forwarded-host': 'aisle.example', 'x-forwarded-proto': 'https', host: 'internal:8080' }), {})).toMatchObject({
      rpID: 'aisle.example',
      origin: 'https://aisle.example',
    })
    expect(() => relyingParty(headers({ host: 'bad host' }), {})).toThrow('cannot use for passkeys')
  })
})
