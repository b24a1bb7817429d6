import { describe, expect, it } from 'vitest'
import { arFailure } from './ar-status'

describe('arFailure', () => {
  it('tells a refused camera from a device that cannot do AR', () => {
    expect(arFailure(new DOMException('denied', 'NotAllowedError'))).toBe('camera')
    expect(arFailure(new DOMException('policy', 'SecurityError'))).toBe('camera')
    expect(arFailure(new DOMException('no device', 'NotSupportedError'))).toBe('unsupported')
    expect(arFailure(new Error('not connected to three.js'))).toBe('unsupported')
    expect(arFailure('odd')).toBe('unsupported')
  })
})
