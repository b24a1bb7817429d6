import { describe, expect, it } from 'vitest'
import { countdownAnnouncement, formatCountdown, spokenCountdown } from './countdown'

describe('formatCountdown', () => {
  it('writes minutes and two-digit seconds', () => {
    expect(formatCountdown(5 * 60_000)).toBe('5:00')
    expect(formatCountdown(4 * 60_000 + 9_000)).toBe('4:09')
    expect(formatCountdown(61_000)).toBe('1:01')
  })
  it('rounds up, so the last second still reads 0:01', () => {
    expect(formatCountdown(200)).toBe('0:01')
    expect(formatCountdown(59_001)).toBe('1:00')
  })
  it('never goes negative', () => {
    expect(formatCountdown(0)).toBe('0:00')
    expect(formatCountdown(-5_000)).toBe('0:00')
  })
  it('shows a long extended hold in minutes', () => {
    expect(formatCountdown(14 * 60_000 + 30_000)).toBe('14:30')
  })
})

describe('spokenCountdown', () => {
  it('says minutes and seconds in words', () => {
    expect(spokenCountdown(4 * 60_000 + 1_000)).toBe('4 minutes 1 second')
    expect(spokenCountdown(60_000)).toBe('1 minute')
    expect(spokenCountdown(30_000)).toBe('30 seconds')
    expect(spokenCountdown(0)).toBe('0 seconds')
  })
})

describe('countdownAnnouncement', () => {
  it('speaks once when one minute is left', () => {
    expect(countdownAnnouncement(61_000, 60_000)).toBe('One minute left to confirm your hold.')
    expect(countdownAnnouncement(60_000, 59_000)).toBeNull()
  })
  it('speaks when a throttled timer jumps past the minute mark', () => {
    expect(countdownAnnouncement(90_000, 40_000)).toBe('One minute left to confirm your hold.')
  })
  it('speaks when the hold ends', () => {
    expect(countdownAnnouncement(1_000, 0)).toBe('Your hold has ended and the item went back on the shelf.')
    expect(countdownAnnouncement(0, -1_000)).toBeNull()
  })
  it('stays quiet the rest of the time', () => {
    expect(countdownAnnouncement(180_000, 179_000)).toBeNull()
  })
})
