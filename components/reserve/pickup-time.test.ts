import { describe, expect, it } from 'vitest'
import type { OpeningHours } from '@/lib/db/schema'
import { formatPickupBy, formatTimeLeft, hoursToday } from './pickup-time'

const MIN = 60_000
const H = 60 * MIN
const D = 24 * H

describe('formatTimeLeft', () => {
  it('reads days and hours when days are left', () => {
    expect(formatTimeLeft(2 * D + 4 * H + 30 * MIN)).toBe('2 days 4 h left')
    expect(formatTimeLeft(D + 10 * MIN)).toBe('1 day left')
  })
  it('reads hours and minutes on the last day', () => {
    expect(formatTimeLeft(5 * H + 12 * MIN)).toBe('5 h 12 min left')
    expect(formatTimeLeft(3 * H)).toBe('3 h left')
  })
  it('reads minutes in the last hour', () => {
    expect(formatTimeLeft(12 * MIN + 59_000)).toBe('12 min left')
    expect(formatTimeLeft(30_000)).toBe('Less than a minute left')
  })
  it('says when the time is up', () => {
    expect(formatTimeLeft(0)).toBe('Pickup time has passed')
    expect(formatTimeLeft(-H)).toBe('Pickup time has passed')
  })
})

describe('formatPickupBy', () => {
  it('writes the deadline in the store time zone', () => {
    // 03:00 UTC on Tuesday Dec 8 is 9 pm on Monday Dec 7 in Chicago.
    expect(formatPickupBy('2026-12-08T03:00:00.000Z', 'America/Chicago')).toBe('Mon, Dec 7, 9:00 PM')
    expect(formatPickupBy('2026-12-08T03:00:00.000Z', 'America/New_York')).toBe('Mon, Dec 7, 10:00 PM')
  })
})

describe('hoursToday', () => {
  const weekday = { open: '10:00', close: '21:00' }
  const hours: OpeningHours = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: { open: '10:00', close: '17:30' }, sun: null }
  it("gives the store's hours for its own today", () => {
    // 2026-12-02 18:00 UTC is Wednesday noon in Chicago.
    expect(hoursToday(hours, 'America/Chicago', new Date('2026-12-02T18:00:00Z'))).toBe('Open today 10 am – 9 pm')
    // 2026-12-06 03:00 UTC is still Saturday evening in Chicago.
    expect(hoursToday(hours, 'America/Chicago', new Date('2026-12-06T03:00:00Z'))).toBe('Open today 10 am – 5:30 pm')
  })
  it('says when the store is closed all day', () => {
    expect(hoursToday(hours, 'America/Chicago', new Date('2026-12-06T18:00:00Z'))).toBe('Closed today')
  })
})
