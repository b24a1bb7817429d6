import { describe, expect, it } from 'vitest'
import { formatAge } from './format-age'

describe('formatAge', () => {
  it('counts seconds, then minutes, then hours, never below zero', () => {
    expect(formatAge(-500)).toBe('0 s')
    expect(formatAge(40_900)).toBe('40 s')
    expect(formatAge(59_999)).toBe('59 s')
    expect(formatAge(60_000)).toBe('1 min')
    expect(formatAge(3_599_000)).toBe('59 min')
    expect(formatAge(7_200_000)).toBe('2 h')
  })
})
