import { describe, expect, it } from 'vitest'
import { OneEuro, PoseSmoother, Presence, quatAngle } from './smoothing'

// A repeatable noise source, so the test can't pass or fail by luck.
function noise(seed: number) {
  let s = seed
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296
    return s / 4294967296 - 0.5
  }
}

const std = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length)
}

describe('OneEuro', () => {
  it('takes most of the jitter out of a still head', () => {
    const rand = noise(7)
    const f = new OneEuro()
    const raw: number[] = []
    const out: number[] = []
    for (let i = 0; i < 300; i++) {
      const v = 100 + rand() * 6
      raw.push(v)
      out.push(f.filter(v, i * 33))
    }
    expect(std(out.slice(30))).toBeLessThan(std(raw.slice(30)) / 3)
  })

  it('keeps up with a head that moves', () => {
    const f = new OneEuro()
    let v = 0
    for (let i = 0; i < 30; i++) v = f.filter(i < 5 ? 0 : 200, i * 33)
    expect(v).toBeGreaterThan(195)
  })
})

describe('PoseSmoother', () => {
  it('smooths position, size and rotation and converges on a new pose', () => {
    const s = new PoseSmoother()
    const still = { position: [0, 0, 0] as [number, number, number], quaternion: [0, 0, 0, 1] as [number, number, number, number], pxPerMetre: 2000 }
    s.update(still, 0)
    const turned = { position: [40, -10, 5] as [number, number, number], quaternion: [0, Math.sin(0.2), 0, Math.cos(0.2)] as [number, number, number, number], pxPerMetre: 2200 }
    const first = s.update(turned, 33)
    expect(first.position[0]).toBeLessThan(40)
    expect(quatAngle(first.quaternion, turned.quaternion)).toBeGreaterThan(0.01)
    let last = first
    for (let i = 2; i < 90; i++) last = s.update(turned, i * 33)
    expect(last.position[0]).toBeCloseTo(40, 0)
    expect(last.pxPerMetre).toBeCloseTo(2200, -1)
    expect(quatAngle(last.quaternion, turned.quaternion)).toBeLessThan(0.01)
  })
})

describe('Presence', () => {
  it('fades the item in when a face is found and out when it is lost', () => {
    const p = new Presence(150, 350)
    expect(p.update(true, 0)).toBe(0)
    expect(p.update(true, 75)).toBeCloseTo(0.5, 2)
    expect(p.update(true, 200)).toBe(1)
    expect(p.update(false, 375)).toBeCloseTo(0.5, 2)
    expect(p.update(false, 1000)).toBe(0)
  })
})
