import { encodePng } from './png'

// The pass icons and logo, drawn from our own mark (app/icon.svg: a white "A" stroke on a rounded
// green square) at each size Wallet asks for, so no image asset is needed or borrowed.

const GREEN = [0x0f, 0x5a, 0x4a] as const
/** The mark in its 64-unit square: the "A" as three stroked segments, 6 units wide, round caps. */
const SEGMENTS: [number, number, number, number][] = [
  [20, 48, 32, 14],
  [32, 14, 44, 48],
  [25, 36, 39, 36],
]
const STROKE = 3
const CORNER = 14

function distanceToSegment(px: number, py: number, [ax, ay, bx, by]: [number, number, number, number]): number {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), 64 - CORNER)
  const cy = Math.min(Math.max(y, CORNER), 64 - CORNER)
  return x >= 0 && y >= 0 && x <= 64 && y <= 64 && Math.hypot(x - cx, y - cy) <= CORNER
}

/**
 * The mark at `size` × `size` pixels, 4×4 supersampled so its edges are smooth. `letterOnly`: the
 * white "A" on transparent, for the logo that sits on the pass's own green.
 */
export function markPng(size: number, letterOnly = false): Buffer {
  const px = new Uint8Array(size * size * 4)
  const n = 4
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0
      let white = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const u = ((x + (sx + 0.5) / n) / size) * 64
          const v = ((y + (sy + 0.5) / n) / size) * 64
          if (!insideRoundedSquare(u, v)) continue
          cover++
          if (SEGMENTS.some((s) => distanceToSegment(u, v, s) <= STROKE)) white++
        }
      }
      const i = (y * size + x) * 4
      if (letterOnly) {
        px.fill(255, i, i + 3)
        px[i + 3] = Math.round((white / (n * n)) * 255)
        continue
      }
      const w = cover ? white / cover : 0
      px[i] = Math.round(GREEN[0] + (255 - GREEN[0]) * w)
      px[i + 1] = Math.round(GREEN[1] + (255 - GREEN[1]) * w)
      px[i + 2] = Math.round(GREEN[2] + (255 - GREEN[2]) * w)
      px[i + 3] = Math.round((cover / (n * n)) * 255)
    }
  }
  return encodePng(size, size, px)
}

let files: Record<string, Buffer> | undefined

/** icon (29 pt) and logo (50 pt tall) at 1×, 2× and 3×: what a store card needs. */
export function passArt(): Record<string, Buffer> {
  files ??= {
    'icon.png': markPng(29),
    'icon@2x.png': markPng(58),
    'icon@3x.png': markPng(87),
    'logo.png': markPng(50, true),
    'logo@2x.png': markPng(100, true),
    'logo@3x.png': markPng(150, true),
  }
  return files
}
