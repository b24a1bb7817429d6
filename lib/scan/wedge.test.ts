import { describe, expect, it } from 'vitest'
import { createWedgeDetector } from './wedge'

/** Feeds keys `gapMs` apart starting at `start`; returns what the detector reported and the next time. */
function type(detector: ReturnType<typeof createWedgeDetector>, keys: string[], gapMs: number, start = 1000) {
  const results = keys.map((key, i) => detector.key(key, start + i * gapMs))
  return results.filter((r): r is string => r !== null)
}

const chars = (s: string) => [...s]

describe('keyboard-wedge scanner detection', () => {
  it('a burst of keys a few ms apart ending in Enter is a scan', () => {
    expect(type(createWedgeDetector(), [...chars('8034592001024'), 'Enter'], 4)).toEqual(['8034592001024'])
  })

  it('a person typing the same digits is not', () => {
    expect(type(createWedgeDetector(), [...chars('8034592001024'), 'Enter'], 110)).toEqual([])
  })

  it('a pause inside the burst starts it again, so only the fast tail counts', () => {
    const d = createWedgeDetector()
    d.key('9', 0)
    d.key('9', 150)
    expect(type(d, [...chars('AIS-HARB-TOR'), 'Enter'], 5, 400)).toEqual(['AIS-HARB-TOR'])
  })

  it('too short a burst is a person mashing keys, not a scan', () => {
    expect(type(createWedgeDetector(), ['a', 's', 'd', 'Enter'], 5)).toEqual([])
  })

  it('Shift inside a burst (capitals) keeps it going; other control keys break it', () => {
    expect(type(createWedgeDetector(), ['Shift', 'A', 'Shift', 'I', 'S', '1', '2', '3', 'Enter'], 5)).toEqual(['AIS123'])
    expect(type(createWedgeDetector(), ['1', '2', '3', 'Backspace', '4', '5', 'Enter'], 5)).toEqual([])
  })

  it('a slow Enter after a fast burst is not a scan (someone finished typing by hand)', () => {
    const d = createWedgeDetector()
    type(d, chars('8034592001024'), 4)
    expect(d.key('Enter', 1000 + 13 * 4 + 300)).toBeNull()
  })

  it('the gap and length are configurable', () => {
    expect(type(createWedgeDetector({ maxGapMs: 60, minLength: 3 }), ['1', '2', '3', 'Enter'], 50)).toEqual(['123'])
  })

  it('two scans in a row are two codes', () => {
    const d = createWedgeDetector()
    expect(type(d, [...chars('12345678'), 'Enter'], 3, 0)).toEqual(['12345678'])
    expect(type(d, [...chars('87654321'), 'Enter'], 3, 500)).toEqual(['87654321'])
  })
})
