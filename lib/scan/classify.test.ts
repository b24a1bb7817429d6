import { describe, expect, it } from 'vitest'
import { classifyScan } from './classify'

describe('what a scanned code asks of the app', () => {
  it('product codes of every kind are looked up', () => {
    for (const code of ['8034592001024', '842137001020', '37601034', 'AIS-HARB-TOR', 'https://aisle.example/tag/str_1/8034592001024', 'https://id.gs1.org/01/08034592001024']) {
      expect(classifyScan(code)).toEqual({ kind: 'code', code })
    }
  })

  it('a code with scanner whitespace around it is still a code', () => {
    expect(classifyScan(' 8034592001024\n')).toEqual({ kind: 'code', code: '8034592001024' })
  })

  it('other web addresses are shown, not looked up or followed', () => {
    expect(classifyScan('https://prizes.example.net/claim?id=42')).toEqual({ kind: 'url', url: 'https://prizes.example.net/claim?id=42' })
  })

  it('a shelf-tag URL with a bad check digit is not treated as ours', () => {
    expect(classifyScan('https://aisle.example/tag/str_1/8034592001025').kind).toBe('url')
  })

  it('anything else is text', () => {
    expect(classifyScan('WIFI:S:shop;T:WPA;P:secret;;').kind).toBe('text')
    expect(classifyScan('javascript:alert(1)').kind).toBe('text')
  })

  it('digits that cannot be a product code were misread or mistyped', () => {
    expect(classifyScan('8034592001025').kind).toBe('invalid')
    expect(classifyScan('12345').kind).toBe('invalid')
  })
})
