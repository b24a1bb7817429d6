import { describe, expect, it } from 'vitest'
import { estimateFit, FitMeter } from './fit'

describe('estimateFit', () => {
  it('calls a frame about the face’s width a good fit, and says when it is narrow or wide', () => {
    expect(estimateFit(140, 138)!.verdict).toBe('good')
    expect(estimateFit(126, 142)!.verdict).toBe('narrow')
    expect(estimateFit(150, 140)!.verdict).toBe('wide')
    expect(estimateFit(140, 138)!.message).toMatch(/140 mm.*about 140 mm/)
  })

  it('gives no estimate from a reading no face could have', () => {
    expect(estimateFit(140, 20)).toBeNull()
    expect(estimateFit(140, 400)).toBeNull()
    expect(estimateFit(0, 140)).toBeNull()
    expect(estimateFit(140, Number.NaN)).toBeNull()
  })
})

describe('FitMeter', () => {
  it('waits for a few readings and is not swung by one bad one', () => {
    const m = new FitMeter(10)
    for (const v of [140, 141, 139]) m.add(v)
    expect(m.value()).toBeNull()
    for (const v of [140, 300, 142]) m.add(v)
    expect(m.value()).toBeGreaterThanOrEqual(140)
    expect(m.value()).toBeLessThanOrEqual(142)
  })
})
