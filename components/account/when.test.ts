import { describe, expect, it } from 'vitest'
import { formatDay, timeAgo } from './when'

describe('account page dates', () => {
  const now = new Date('2025-03-10T12:00:00Z')
  const before = (s: number) => new Date(now.getTime() - s * 1000).toISOString()
  it('says how long ago in words a shopper reads at a glance', () => {
    expect(timeAgo(before(5), now)).toBe('just now')
    expect(timeAgo(before(60), now)).toBe('1 minute ago')
    expect(timeAgo(before(59 * 60), now)).toBe('59 minutes ago')
    expect(timeAgo(before(2 * 3600), now)).toBe('2 hours ago')
    expect(timeAgo(before(86_400), now)).toBe('1 day ago')
    expect(timeAgo(before(30 * 86_400), now)).toBe('on Feb 8, 2025')
    // A clock a little ahead is "just now", not the future.
    expect(timeAgo(before(-30), now)).toBe('just now')
  })
  it('formats a day', () => {
    expect(formatDay('2025-03-03T23:30:00Z')).toBe('Mar 3, 2025')
  })
})
