import { describe, expect, it } from 'vitest'
import type { OpeningHours } from '../db/schema'
import { clockAt, formatClock, openState } from './hours'

const weekday = { open: '10:00', close: '21:00' }
const hours: OpeningHours = { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: weekday, sun: null }
const tz = 'America/Chicago'

describe('openState', () => {
  it('is open inside the hours, in the store time zone', () => {
    // 2026-12-02 is a Wednesday; 18:00 UTC is 12:00 in Chicago.
    expect(openState(hours, tz, new Date('2026-12-02T18:00:00Z'))).toEqual({ open: true, label: 'Open until 9 pm' })
  })
  it('says when it opens later today', () => {
    expect(openState(hours, tz, new Date('2026-12-02T14:30:00Z'))).toEqual({ open: false, label: 'Closed · opens 10 am' })
  })
  it('skips a closed Sunday', () => {
    // Saturday 22:00 in Chicago: closed, Sunday closed, opens Monday.
    expect(openState(hours, tz, new Date('2026-12-06T04:00:00Z')).label).toBe('Closed · opens 10 am Monday')
  })
  it('closes at the closing minute', () => {
    expect(openState(hours, tz, new Date('2026-12-03T03:00:00Z')).open).toBe(false)
  })
  it('writes the time in the store time zone', () => {
    expect(clockAt(new Date('2026-12-02T16:23:00Z'), tz)).toBe('10:23 am')
  })
  it('formats clock times the way signs do', () => {
    expect(formatClock('09:30')).toBe('9:30 am')
    expect(formatClock('12:00')).toBe('12 pm')
    expect(formatClock('00:00')).toBe('12 am')
  })
})
