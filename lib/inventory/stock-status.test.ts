import { describe, expect, it } from 'vitest'
import type { VariantStock } from './schemas'
import { stockStatus, summarizeStock } from './stock-status'

const v = (colorCode: string, size: string | null, available: number, aisle: string | null = null): VariantStock => ({
  variantId: `${colorCode}-${size}`,
  colorCode,
  size,
  available,
  status: stockStatus(available),
  aisle,
  bay: aisle ? '1' : null,
})

describe('summarizeStock', () => {
  const shelf = [v('navy', 'S', 1, 'A1'), v('navy', 'M', 1, 'A1'), v('navy', 'L', 1), v('sand', 'S', 0, 'B2')]

  it('totals a colour across sizes and rates the total like a single shelf', () => {
    expect(summarizeStock(shelf, 'navy', null)).toEqual({ available: 3, status: 'in_stock', aisle: 'A1', bay: '1' })
  })

  it('narrows to one size', () => {
    expect(summarizeStock(shelf, 'navy', 'L')).toMatchObject({ available: 1, status: 'low', aisle: null })
  })

  it('says out, and still where it would be', () => {
    expect(summarizeStock(shelf, 'sand', null)).toEqual({ available: 0, status: 'out', aisle: 'B2', bay: '1' })
  })

  it('knows nothing of a colour it has no rows for', () => {
    expect(summarizeStock(shelf, 'red', null)).toEqual({ available: 0, status: 'out', aisle: null, bay: null })
  })
})
