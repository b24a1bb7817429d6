import { describe, expect, it } from 'vitest'
import { gs1CheckDigit, isValidGtin, normalizeGtin, withCheckDigit } from './gtin'

// Published codes: a Cheerios UPC-A, a Stabilo EAN-13, ISBN-13 of a book, the GS1 EAN-8 example,
// and the GS1 GTIN-14 example for a case of the EAN-13 item 0012345678905.
const realCodes = ['036000291452', '4006381333931', '9780306406157', '96385074', '10012345678902']

describe('gs1CheckDigit', () => {
  it('computes the check digit of known codes', () => {
    for (const code of realCodes) {
      expect(gs1CheckDigit(code.slice(0, -1))).toBe(Number(code.at(-1)))
    }
  })

  it('gives 0 when the weighted sum is already a multiple of ten', () => {
    expect(gs1CheckDigit('0000000')).toBe(0)
    expect(gs1CheckDigit('1000000')).toBe(7)
  })

  it('rejects non-digit bodies', () => {
    expect(() => gs1CheckDigit('12a4567')).toThrow(TypeError)
  })
})

describe('withCheckDigit', () => {
  it('builds a valid code for every supported body length', () => {
    for (const body of ['9638507', '03600029145', '400638133393', '1001234567890']) {
      const code = withCheckDigit(body)
      expect(code).toHaveLength(body.length + 1)
      expect(isValidGtin(code)).toBe(true)
    }
    expect(withCheckDigit('03600029145')).toBe('036000291452')
  })

  it('rejects bodies of an unsupported length or with non-digits', () => {
    for (const body of ['', '123456', '12345678', '1234567890', '12345678901234', '0360002914a']) {
      expect(() => withCheckDigit(body)).toThrow(TypeError)
    }
  })
})

describe('isValidGtin', () => {
  it('accepts known real codes of every length', () => {
    for (const code of realCodes) expect(isValidGtin(code)).toBe(true)
  })

  it('rejects every wrong check digit', () => {
    for (const code of realCodes) {
      const good = Number(code.at(-1))
      for (let d = 0; d <= 9; d++) {
        if (d !== good) expect(isValidGtin(code.slice(0, -1) + d)).toBe(false)
      }
    }
  })

  it('rejects a transposition of neighbouring digits', () => {
    expect(isValidGtin('4006381333931')).toBe(true)
    expect(isValidGtin('0406381333931')).toBe(false)
  })

  it('rejects unsupported lengths', () => {
    for (let n = 1; n <= 20; n++) {
      if ([8, 12, 13, 14].includes(n)) continue
      const body = '1'.repeat(n - 1)
      const code = n === 1 ? '0' : body + gs1CheckDigit(body)
      expect(isValidGtin(code)).toBe(false)
    }
  })

  it('rejects non-digits, signs, spaces and empty strings', () => {
    for (const code of ['', ' ', '03600029145a', '-36000291452', '0360 0029145', '４００６３８１３３３９３１', '9638507.4']) {
      expect(isValidGtin(code)).toBe(false)
    }
  })
})

describe('normalizeGtin', () => {
  it('gives a UPC-A and its EAN-13 form the same GTIN-14', () => {
    expect(normalizeGtin('036000291452')).toBe('00036000291452')
    expect(normalizeGtin('0036000291452')).toBe('00036000291452')
    expect(normalizeGtin('00036000291452')).toBe('00036000291452')
  })

  it('pads every valid length to 14 digits', () => {
    expect(normalizeGtin('96385074')).toBe('00000096385074')
    expect(normalizeGtin('4006381333931')).toBe('04006381333931')
    expect(normalizeGtin('10012345678902')).toBe('10012345678902')
  })

  it('tolerates whitespace a scanner adds around the code', () => {
    expect(normalizeGtin(' 036000291452\n')).toBe('00036000291452')
  })

  it('returns null for a wrong check digit, a wrong length or non-digits', () => {
    expect(normalizeGtin('036000291453')).toBeNull()
    expect(normalizeGtin('3600029145')).toBeNull()
    expect(normalizeGtin('123456789012345')).toBeNull()
    expect(normalizeGtin('ABCDEFGHIJKL')).toBeNull()
    expect(normalizeGtin('')).toBeNull()
  })
})
