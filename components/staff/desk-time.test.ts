import { describe, expect, it } from 'vitest'
import { storeTime, timeLeft } from './desk-time'

const now = new Date('2025-03-12T15:00:00Z')
const plus = (ms: number) => new Date(now.getTime() + ms).toISOString()
const MIN = 60_000
const H = 60 * MIN

describe('timeLeft', () => {
  it('counts down in days and hours, then hours and minutes', () => {
    expect(timeLeft(plus(2 * 24 * H + 4 * H + 10 * MIN), now)).toEqual({ text: '2 d 4 h left', tone: 'ok' })
    expect(timeLeft(plus(3 * 24 * H), now)).toEqual({ text: '3 d left', tone: 'ok' })
    expect(timeLeft(plus(3 * H + 20 * MIN), now)).toEqual({ text: '3 h 20 min left', tone: 'soon' })
    expect(timeLeft(plus(9 * H + 20 * MIN), now)).toEqual({ text: '9 h left', tone: 'soon' })
    expect(timeLeft(plus(45 * MIN), now)).toEqual({ text: '45 min left', tone: 'soon' })
    expect(timeLeft(plus(10_000), now)).toEqual({ text: '1 min left', tone: 'soon' })
  })

  it('says how late an overdue pickup is', () => {
    expect(timeLeft(plus(-90 * MIN), now)).toEqual({ text: 'Overdue by 1 h 30 min', tone: 'overdue' })
    expect(timeLeft(now.toISOString(), now)).toEqual({ text: 'Overdue by 1 min', tone: 'overdue' })
  })
})

describe('storeTime', () => {
  const tz = 'America/Chicago'
  it('names today, yesterday and tomorrow on the store’s clock', () => {
    expect(storeTime('2025-03-12T14:42:00Z', tz, now)).toBe('Today 09:42')
    expect(storeTime('2025-03-12T03:05:00Z', tz, now)).toBe('Yesterday 22:05')
    expect(storeTime('2025-03-13T18:00:00Z', tz, now)).toBe('Tomorrow 13:00')
  })

  it('dates anything further away', () => {
    expect(storeTime('2025-03-15T23:00:00Z', tz, now)).toBe('Sat 15 Mar, 18:00')
  })
})
