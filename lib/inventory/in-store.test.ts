import { describe, expect, it } from 'vitest'
import type { StoreSummary } from '../stores/schemas'
import { hereLabel, inStoreView } from './in-store'
import type { Availability, VariantStock } from './schemas'
import { stockStatus } from './stock-status'

const v = (colorCode: string, size: string | null, available: number, aisle = 'A5', bay = '14'): VariantStock => ({
  variantId: `${colorCode}-${size}`,
  colorCode,
  size,
  available,
  status: stockStatus(available),
  aisle,
  bay,
})

const store = (id: string, distanceKm: number | null): StoreSummary => ({
  id,
  slug: id,
  name: `Aisle ${id}`,
  location: { lat: 0, lng: 0 },
  openNow: { open: true, label: 'Open until 9 pm' },
  distanceKm,
})

const availability = (stores: [StoreSummary, VariantStock[]][]): Availability => ({
  handle: 'alder',
  stores: stores.map(([s, variants]) => ({ store: s, variants })),
  asOf: '2025-01-01T00:00:00Z',
})

const shelves = availability([
  [store('here', 0), [v('blue', 'S', 0), v('blue', 'M', 3, 'B2', '7'), v('blue', 'L', 1), v('oat', 'S', 2), v('oat', 'M', 0)]],
  [store('far', 9.5), [v('blue', 'M', 4)]],
  [store('near', 1.2), [v('blue', 'M', 1)]],
  [store('empty', 0.5), [v('blue', 'M', 0)]],
  [store('middle', 3), [v('blue', 'M', 2)]],
])

const query = { storeId: 'here', colorCodes: ['blue', 'oat', 'red'], sizes: ['S', 'M', 'L'] }

describe('inStoreView', () => {
  it('gives the selected variant here with its shelf', () => {
    const view = inStoreView(shelves, { ...query, colorCode: 'blue', size: 'M' })
    expect(view?.store.id).toBe('here')
    expect(view?.selected).toEqual({ available: 3, status: 'in_stock', aisle: 'B2', bay: '7' })
  })

  it('lists every size of the colour here, in the product order', () => {
    const view = inStoreView(shelves, { ...query, colorCode: 'blue', size: 'M' })
    expect(view?.sizes).toEqual([
      { size: 'S', available: 0, status: 'out' },
      { size: 'M', available: 3, status: 'in_stock' },
      { size: 'L', available: 1, status: 'low' },
    ])
  })

  it('counts each colour in the chosen size, or in all sizes when none is chosen', () => {
    expect(inStoreView(shelves, { ...query, colorCode: 'blue', size: 'M' })?.colors).toEqual([
      { colorCode: 'blue', available: 3, status: 'in_stock' },
      { colorCode: 'oat', available: 0, status: 'out' },
      { colorCode: 'red', available: 0, status: 'out' },
    ])
    expect(inStoreView(shelves, { ...query, colorCode: 'blue', size: null })?.colors.map((c) => c.available)).toEqual([4, 2, 0])
  })

  it('names the nearest other stores that have it, nearest to this store first', () => {
    const view = inStoreView(shelves, { ...query, colorCode: 'blue', size: 'M' })
    expect(view?.nearby.map((n) => n.store.id)).toEqual(['near', 'middle', 'far'])
    expect(view?.nearby[0].stock.available).toBe(1)
    expect(view?.nearbyTotal).toBe(3)
    const two = inStoreView(shelves, { ...query, colorCode: 'blue', size: 'M', nearbyLimit: 2 })
    expect(two?.nearby.map((n) => n.store.id)).toEqual(['near', 'middle'])
    expect(two?.nearbyTotal).toBe(3)
  })

  it('sorts stores without a distance last, by name', () => {
    const undated = availability([
      [store('here', null), []],
      [store('b', null), [v('blue', null, 1)]],
      [store('a', null), [v('blue', null, 1)]],
      [store('c', 2), [v('blue', null, 1)]],
    ])
    const view = inStoreView(undated, { storeId: 'here', colorCodes: ['blue'], sizes: [], colorCode: 'blue', size: null })
    expect(view?.nearby.map((n) => n.store.id)).toEqual(['c', 'a', 'b'])
    expect(view?.selected).toMatchObject({ available: 0, status: 'out' })
  })

  it('has no view of a store the answer does not include', () => {
    expect(inStoreView(shelves, { ...query, storeId: 'gone', colorCode: 'blue', size: null })).toBeNull()
  })
})

describe('hereLabel', () => {
  it('counts what is here, or says it is out here', () => {
    expect(hereLabel({ available: 3 })).toBe('3 here')
    expect(hereLabel({ available: 0 })).toBe('Out here')
  })
})
