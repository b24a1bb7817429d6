import { describe, expect, it } from 'vitest'
import { aimBoxStyle, frameToBox, outlineOf } from './aim-box'

describe('drawing over a cover-fitted preview', () => {
  const video = { width: 1280, height: 720 }
  const box = { width: 360, height: 480 }

  it('maps frame pixels to the box: the frame is scaled to the box height and centred', () => {
    // scale = 480 / 720 = 2/3; the frame is 853 px wide, so 246.7 px hang off each side.
    expect(frameToBox({ x: 640, y: 360 }, video, box)).toEqual({ x: 180, y: 240 })
    const left = frameToBox({ x: 0, y: 0 }, video, box)
    expect(left.x).toBeCloseTo(-246.67, 1)
    expect(left.y).toBe(0)
  })

  it('the aiming box is the decoded centre region, clipped to what is on screen', () => {
    expect(aimBoxStyle(video, box)).toEqual({ left: '0.00%', top: '25.00%', width: '100.00%', height: '50.00%' })
  })
})

describe('lock-on outline', () => {
  it('widens a scan line into a box around it', () => {
    const line = [
      { x: 100, y: 50 },
      { x: 300, y: 50 },
      { x: 300, y: 50 },
      { x: 100, y: 50 },
    ]
    expect(outlineOf(line)).toEqual([
      { x: 100, y: 20 },
      { x: 300, y: 20 },
      { x: 300, y: 80 },
      { x: 100, y: 80 },
    ])
  })

  it('leaves a real box alone', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 0, y: 100 },
    ]
    expect(outlineOf(square)).toEqual(square)
  })
})
