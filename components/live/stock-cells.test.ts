import { describe, expect, it } from 'vitest'
import type { Availability, VariantStock } from '@/lib/inventory/schemas'
import { patchAvailability, selection, stockCells, storesWithStock, totalOf, type AvailableAt } from './stock-cells'

const variant = (variantId: string, colorCode: string, size: string | null, available: number): VariantStock => ({
  variantId,
  colorCode,
  size,
  available,
  status: available > 2 ? 'in_stock' : available > 0 ? 'low' : 'out',
  aisle: '4',
  bay: 'B',
})
const store = (id: string) => ({ id, slug: id, name: id, location: { lat: 0, lng: 0 }, openNow: { open: true, label: 'Open' }, distanceKm: null })
const availability = {
  handle: 'x',
  asOf: '2025-01-01T00:00:00.000Z',
  stores: [
    { store: store('s1'), variants: [variant('b-m', 'black', 'M', 2), variant('b-l', 'black', 'L', 0), variant('h-m', 'honey', 'M', 5)] },
    { store: store('s2'), variants: [variant('b-m', 'black', 'M', 0), variant('b-l', 'black', 'L', 0)] },
  ],
} as unknown as Availability

const initialOnly: AvailableAt = (_s, _v, initial) => initial
const streamed = (levels: Record<string, number>): AvailableAt => (s, v, initial) => levels[`${s}|${v}`] ?? initial

describe('stock cells', () => {
  it('picks a selection in every store, or some', () => {
    expect(stockCells(availability, selection('black', null)).map((c) => `${c.storeId}|${c.variantId}|${c.available}`)).toEqual([
      's1|b-m|2',
      's1|b-l|0',
      's2|b-m|0',
      's2|b-l|0',
    ])
    expect(stockCells(availability, selection('black', 'M'), (id) => id !== 's1')).toEqual([{ storeId: 's2', variantId: 'b-m', available: 0 }])
  })

  it('sums and counts stores with streamed levels over the rendered ones', () => {
    const cells = stockCells(availability, selection('black', null))
    expect(totalOf(cells, initialOnly)).toBe(2)
    expect(storesWithStock(cells, initialOnly)).toBe(1)
    const live = streamed({ 's1|b-m': 0, 's2|b-l': 3 })
    expect(totalOf(cells, live)).toBe(3)
    expect(storesWithStock(cells, live)).toBe(1)
    expect(storesWithStock(cells, streamed({ 's1|b-m': 0 }))).toBe(0)
  })

  it('patches availability, the status following the count, untouched variants kept as they were', () => {
    const patched = patchAvailability(availability, streamed({ 's1|b-m': 7, 's2|b-m': 1 }))
    expect(patched.stores[0].variants[0]).toMatchObject({ available: 7, status: 'in_stock' })
    expect(patched.stores[1].variants[0]).toMatchObject({ available: 1, status: 'low' })
    expect(patched.stores[0].variants[2]).toBe(availability.stores[0].variants[2])
  })
})
