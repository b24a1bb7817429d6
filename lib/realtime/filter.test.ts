import { describe, expect, it } from 'vitest'
import { matches, unionFilter, type LiveEvent } from './filter'

const stock = (storeId: string, variantId: string): LiveEvent => ({
  id: 1,
  type: 'stock.changed',
  storeId,
  payload: { variantId, available: 3 },
  createdAt: '2025-01-01T00:00:00.000Z',
})
const reservation = (storeId: string, reservationId: string): LiveEvent => ({
  id: 2,
  type: 'reservation.changed',
  storeId,
  payload: { reservationId, status: 'ready', variantIds: ['v1'] },
  createdAt: '2025-01-01T00:00:00.000Z',
})

describe('matches', () => {
  it('lets stock through by store and variant, an absent list meaning any', () => {
    expect(matches({}, stock('s1', 'v1'))).toBe(true)
    expect(matches({ storeIds: ['s1'] }, stock('s1', 'v9'))).toBe(true)
    expect(matches({ storeIds: ['s2'] }, stock('s1', 'v1'))).toBe(false)
    expect(matches({ variantIds: ['v1', 'v2'] }, stock('s7', 'v2'))).toBe(true)
    expect(matches({ storeIds: ['s1'], variantIds: ['v1'] }, stock('s1', 'v2'))).toBe(false)
    expect(matches({ storeIds: ['s1'], variantIds: ['v1'] }, stock('s2', 'v1'))).toBe(false)
    // An empty list is "none", not "any".
    expect(matches({ variantIds: [] }, stock('s1', 'v1'))).toBe(false)
  })

  it('keeps reservation events private: never by store alone', () => {
    expect(matches({}, reservation('s1', 'r1'))).toBe(false)
    expect(matches({ storeIds: ['s1'] }, reservation('s1', 'r1'))).toBe(false)
    expect(matches({ reservationIds: ['r1'] }, reservation('s1', 'r1'))).toBe(true)
    expect(matches({ reservationIds: ['r2'] }, reservation('s1', 'r1'))).toBe(false)
    expect(matches({ staffStoreIds: ['s1'] }, reservation('s1', 'r1'))).toBe(true)
    expect(matches({ staffStoreIds: ['s2'] }, reservation('s1', 'r1'))).toBe(false)
  })

  it("gives a member's own events to that member's stream only", () => {
    const points: LiveEvent = { id: 3, type: 'loyalty.changed', storeId: null, payload: { memberId: 'm1', points: 40 }, createdAt: '2025-01-01T00:00:00.000Z' }
    for (const type of ['loyalty.changed', 'wishlist.changed', 'receipt.created', 'member.changed']) {
      const e = { ...points, type }
      expect(matches({ memberIds: ['m1'] }, e)).toBe(true)
      expect(matches({ memberIds: ['m2'] }, e)).toBe(false)
      expect(matches({}, e)).toBe(false)
      expect(matches({ storeIds: ['s1'], staffStoreIds: ['s1'], reservationIds: ['r1'] }, e)).toBe(false)
    }
    const mine = { ...reservation('s1', 'r1'), payload: { reservationId: 'r1', status: 'ready', memberId: 'm1' } }
    expect(matches({ memberIds: ['m1'] }, mine)).toBe(true)
    expect(matches({ memberIds: ['m2'] }, mine)).toBe(false)
    expect(matches({ memberIds: ['m1'] }, reservation('s1', 'r1'))).toBe(false)
  })

  it('gives nobody an event type it does not know', () => {
    expect(matches({}, { ...stock('s1', 'v1'), type: 'customer.changed' })).toBe(false)
  })

  it('does not match a payload whose id is not a string', () => {
    expect(matches({ variantIds: ['1'] }, { ...stock('s1', 'v1'), payload: { variantId: 1 } })).toBe(false)
  })
})

describe('unionFilter', () => {
  it('is "any" when one of them is, else the union', () => {
    expect(unionFilter([{ storeIds: ['b'], variantIds: ['v1'] }, { variantIds: ['v2', 'v1'] }])).toEqual({ variantIds: ['v1', 'v2'] })
    expect(unionFilter([{ storeIds: ['b'] }, { storeIds: ['a', 'b'] }])).toEqual({ storeIds: ['a', 'b'] })
    expect(unionFilter([{ reservationIds: ['r1'], variantIds: [] }, { storeIds: ['a'], variantIds: ['v1'] }])).toEqual({
      variantIds: ['v1'],
      reservationIds: ['r1'],
    })
  })

  it('lets through everything any member lets through', () => {
    const members = [{ storeIds: ['s1'], variantIds: ['v1'] }, { storeIds: ['s2'], variantIds: ['v2'] }, { reservationIds: ['r1'], variantIds: [] }]
    const union = unionFilter(members)
    const events = [stock('s1', 'v1'), stock('s2', 'v2'), stock('s1', 'v2'), stock('s3', 'v1'), reservation('s1', 'r1'), reservation('s1', 'r2')]
    for (const e of events) {
      if (members.some((m) => matches(m, e))) expect(matches(union, e), JSON.stringify(e)).toBe(true)
    }
    expect(matches(union, stock('s1', 'v3'))).toBe(false)
    expect(matches(union, reservation('s1', 'r2'))).toBe(false)
  })
})
