import { describe, expect, it } from 'vitest'
import { normalizeEmail, normalizePhone } from './normalize'

describe('identity keys', () => {
  it('one email typed three ways is one key', () => {
    expect(new Set(['Ada@Example.com', ' ada@example.COM ', 'ada@example.com'].map(normalizeEmail))).toEqual(new Set(['ada@example.com']))
    expect(normalizeEmail('not an email')).toBeNull()
  })
  it('one phone typed three ways is one E.164 number', () => {
    expect(new Set(['(312) 555-0123', '+1 312 555 0123', '312.555.0123'].map((p) => normalizePhone(p)))).toEqual(new Set(['+13125550123']))
    expect(normalizePhone('+44 20 7946 0958')).toBe('+442079460958')
    expect(normalizePhone('12')).toBeNull()
  })
})
