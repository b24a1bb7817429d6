import fs from 'node:fs'
import path from 'node:path'
import jpeg from 'jpeg-js'
import type { Rgba } from '../../scan/testing/y4m'

/**
 * A face to try things on in tests and the benchmark: the portrait in @vladmandic/human's own
 * sample screenshot (assets/screenshot-faceid.jpg, MIT), cropped to the head, scaled up and set in
 * a 640x480 camera frame with room above for a hat. `dx` sways it sideways, as a held phone does.
 */
const SOURCE = path.join(process.cwd(), 'node_modules', '@vladmandic', 'human', 'assets', 'screenshot-faceid.jpg')
const CROP = { x: 18, y: 144, width: 132, height: 134 }
const PLACED = { x: 175, y: 150, width: 290, height: 294 }
const BACKGROUND = [138, 143, 150]

let decoded: Rgba | null = null
function photo(): Rgba {
  decoded ??= jpeg.decode(fs.readFileSync(SOURCE), { useTArray: true, formatAsRGBA: true })
  return decoded
}

export function faceFrame({ width = 640, height = 480, dx = 0, dy = 0 }: { width?: number; height?: number; dx?: number; dy?: number } = {}): Rgba {
  const src = photo()
  const data = Buffer.alloc(width * height * 4)
  for (let i = 0; i < width * height; i++) data.set([...BACKGROUND, 255], i * 4)
  const ox = Math.round(PLACED.x + (width - 640) / 2 + dx)
  const oy = Math.round(PLACED.y + (height - 480) / 2 + dy)
  for (let y = 0; y < PLACED.height; y++) {
    for (let x = 0; x < PLACED.width; x++) {
      const tx = ox + x
      const ty = oy + y
      if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue
      // Bilinear sampling of the crop.
      const fx = CROP.x + ((x + 0.5) * CROP.width) / PLACED.width - 0.5
      const fy = CROP.y + ((y + 0.5) * CROP.height) / PLACED.height - 0.5
      const x0 = Math.floor(fx)
      const y0 = Math.floor(fy)
      const ax = fx - x0
      const ay = fy - y0
      const at = (px: number, py: number, c: number) => src.data[(py * src.width + px) * 4 + c]
      const t = (ty * width + tx) * 4
      for (let c = 0; c < 3; c++) {
        const top = at(x0, y0, c) * (1 - ax) + at(x0 + 1, y0, c) * ax
        const bottom = at(x0, y0 + 1, c) * (1 - ax) + at(x0 + 1, y0 + 1, c) * ax
        data[t + c] = Math.round(top * (1 - ay) + bottom * ay)
      }
      data[t + 3] = 255
    }
  }
  return { width, height, data }
}

/** The frames of a short fake-camera loop: the face sways a few pixels side to side. */
export const SWAY = [0, 2, 4, 4, 2, 0, -2, -4, -4, -2]
