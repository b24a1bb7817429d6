import { describe, expect, it } from 'vitest'
import { safeNextPath, signInHref, STAFF_HOME } from './next-path'

describe('safeNextPath', () => {
  it('keeps paths of the staff area, with their query', () => {
    expect(safeNextPath('/staff/stock')).toBe('/staff/stock')
    expect(safeNextPath('/staff/shelf-tags?store=str_1&category=eyewear')).toBe('/staff/shelf-tags?store=str_1&category=eyewear')
    expect(safeNextPath('/staff')).toBe('/staff')
  })

  it('sends everything else to the pickup desk', () => {
    for (const next of [
      undefined,
      '',
      'staff/stock',
      '//evil.example/staff',
      '/\\evil.example',
      'https://evil.example/staff/stock',
      '/shop',
      '/staffroom',
      '/staff/sign-in',
      '/staff/sign-in?next=/staff/stock',
      '/staff/../api/v1/stores',
      '/staff/\nstock',
      `/staff/${'x'.repeat(600)}`,
      42,
    ]) {
      expect(safeNextPath(next), String(next)).toBe(STAFF_HOME)
    }
  })

  it('normalises dot segments before deciding', () => {
    expect(safeNextPath('/staff/./stock')).toBe('/staff/stock')
  })
})

describe('signInHref', () => {
  it('carries where to come back to, unless that is the desk anyway', () => {
    expect(signInHref('/staff/stock')).toBe('/staff/sign-in?next=%2Fstaff%2Fstock')
    expect(signInHref('/staff/pickup')).toBe('/staff/sign-in')
    expect(signInHref()).toBe('/staff/sign-in')
    expect(signInHref('https://evil.example')).toBe('/staff/sign-in')
  })
})
