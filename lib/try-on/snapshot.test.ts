import { describe, expect, it } from 'vitest'
import { visibleCrop } from './snapshot'

describe('visibleCrop', () => {
  it('cuts the sides of a landscape camera frame in a portrait phone box', () => {
    // 640x480 covering 390x600: scaled by 1.25 to 800x600, 410 px of width cut, 205 each side.
    const crop = visibleCrop(640, 480, 390, 600)
    expect(crop.height).toBe(480)
    expect(crop.width).toBeCloseTo(312)
    expect(crop.sx).toBeCloseTo(164)
    expect(crop.sy).toBe(0)
  })

  it('cuts top and bottom of a tall photo in a wide box', () => {
    const crop = visibleCrop(600, 1200, 800, 400)
    expect(crop.width).toBe(600)
    expect(crop.height).toBe(300)
    expect(crop.sy).toBe(450)
    expect(crop.sx).toBe(0)
  })

  it('keeps the whole source when the aspects match', () => {
    expect(visibleCrop(1280, 720, 640, 360)).toEqual({ sx: 0, sy: 0, width: 1280, height: 720 })
  })
})
