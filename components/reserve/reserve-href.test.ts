import { describe, expect, it } from 'vitest'
import { MAX_LINE_QUANTITY } from '@/lib/reservations/schemas'
import { MAX_QUANTITY, quantityChoices, reserveHref } from './reserve-href'

describe('reserveHref', () => {
  it('carries the product, colour, size and store', () => {
    expect(reserveHref({ handle: 'harbor-sunglasses', color: 'tortoise', size: null, store: 'str_1' })).toBe(
      '/reserve?handle=harbor-sunglasses&color=tortoise&store=str_1',
    )
    expect(reserveHref({ handle: 'tee', color: 'black', size: 'M' })).toBe('/reserve?handle=tee&color=black&size=M')
  })
  it('escapes what it carries', () => {
    expect(reserveHref({ handle: 'a b', size: '10½' })).toBe('/reserve?handle=a+b&size=10%C2%BD')
  })
})

describe('quantityChoices', () => {
  it('offers up to five, never more than are available', () => {
    expect(quantityChoices(2)).toEqual([1, 2])
    expect(quantityChoices(12)).toEqual([1, 2, 3, 4, 5])
  })
  it('follows the reservation rules', () => {
    expect(MAX_QUANTITY).toBe(MAX_LINE_QUANTITY)
  })
  it('offers nothing when none are available', () => {
    expect(quantityChoices(0)).toEqual([])
    expect(quantityChoices(-1)).toEqual([])
  })
})
