import { describe, expect, it } from 'vitest'
import { reservationStatuses } from '@/lib/db/schema'
import { holdLapsed, isClosed, isPlaced, statusLabel, trackerSteps } from './reservation-status'

const states = (status: Parameters<typeof trackerSteps>[0]) => trackerSteps(status).map((s) => s.state)

describe('trackerSteps', () => {
  it('marks Placed current once placed, and while the store sorts out a missing unit', () => {
    expect(states('pending')).toEqual(['current', 'upcoming', 'upcoming'])
    expect(states('attention')).toEqual(['current', 'upcoming', 'upcoming'])
  })
  it('moves on to Ready for pickup', () => {
    expect(states('ready')).toEqual(['done', 'current', 'upcoming'])
  })
  it('is all done once collected', () => {
    expect(states('collected')).toEqual(['done', 'done', 'done'])
  })
  it('names the three steps', () => {
    expect(trackerSteps('pending').map((s) => s.label)).toEqual(['Placed', 'Ready for pickup', 'Collected'])
  })
})

describe('status words', () => {
  it('says attention as placed: the shopper has nothing to do', () => {
    expect(statusLabel('attention')).toBe('Placed')
    expect(statusLabel('ready')).toBe('Ready for pickup')
  })
  it('groups placed and closed statuses', () => {
    expect(reservationStatuses.filter(isPlaced).sort()).toEqual(['attention', 'pending', 'ready'])
    expect(reservationStatuses.filter(isClosed).sort()).toEqual(['cancelled', 'collected', 'expired'])
  })
})

describe('holdLapsed', () => {
  const now = Date.parse('2026-12-02T18:00:00Z')
  it('is lapsed once the hold time has passed, even before the sweeper runs', () => {
    expect(holdLapsed('held', '2026-12-02T17:59:59Z', now)).toBe(true)
    expect(holdLapsed('held', '2026-12-02T18:04:00Z', now)).toBe(false)
  })
  it('only applies to holds', () => {
    expect(holdLapsed('pending', '2026-12-02T17:00:00Z', now)).toBe(false)
  })
})
