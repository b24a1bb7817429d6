import { describe, expect, it } from 'vitest'
import { ILLINOIS_STATE_BPS, receiptTotals, taxBpsFor } from './policy'

describe('receipt totals', () => {
  it('taxes the price after a member reward, rounded half up once per receipt', () => {
    // 2 × $49.00 + $25.50 = $123.50; $5 off → $118.50 taxable; 10.25% = $12.14625 → $12.15.
    const t = receiptTotals([{ quantity: 2, unitPrice: 4900 }, { quantity: 1, unitPrice: 2550 }], 500, 1025)
    expect(t).toEqual({ subtotal: 12_350, discount: 500, tax: 1215, total: 12_350 - 500 + 1215 })
  })

  it('a discount never takes a receipt below zero, nor adds to it', () => {
    expect(receiptTotals([{ quantity: 1, unitPrice: 300 }], 500, 1025)).toEqual({ subtotal: 300, discount: 300, tax: 0, total: 0 })
    expect(receiptTotals([{ quantity: 1, unitPrice: 1000 }], -200, 1000)).toEqual({ subtotal: 1000, discount: 0, tax: 100, total: 1100 })
  })

  it('charges by the store city, and the state rate where no city rate is known', () => {
    expect(taxBpsFor({ city: 'Chicago', region: 'IL' })).toBe(1025)
    expect(taxBpsFor({ city: 'Naperville', region: 'IL' })).toBe(775)
    expect(taxBpsFor({ city: 'Peoria', region: 'IL' })).toBe(ILLINOIS_STATE_BPS)
  })
})
