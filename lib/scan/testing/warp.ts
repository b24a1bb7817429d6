import type { Gray } from './gray'

export type Point = { x: number; y: number }
/** The four corners of a quadrilateral: top-left, top-right, bottom-right, bottom-left. */
export type Quad = readonly [Point, Point, Point, Point]
/** A 3×3 projective transform, row-major, with the last entry fixed at 1. */
type Homography = readonly number[]

/** Solves A·x = b in place by Gaussian elimination with partial pivoting (A is n×n). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length
  for (let col = 0; col < n; col++) {
    let pivot = col
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row
    if (Math.abs(a[pivot][col]) < 1e-12) throw new RangeError('degenerate quadrilateral')
    ;[a[col], a[pivot]] = [a[pivot], a[col]]
    ;[b[col], b[pivot]] = [b[pivot], b[col]]
    for (let row = col + 1; row < n; row++) {
      const f = a[row][col] / a[col][col]
      for (let k = col; k < n; k++) a[row][k] -= f * a[col][k]
      b[row] -= f * b[col]
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let row = n - 1; row >= 0; row--) {
    let sum = b[row]
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k]
    x[row] = sum / a[row][row]
  }
  return x
}

/** The homography that takes each corner of `from` to the matching corner of `to`. */
function homography(from: Quad, to: Quad): Homography {
  const a: number[][] = []
  const b: number[] = []
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]
    const { x: u, y: v } = to[i]
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y])
    b.push(u)
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y])
    b.push(v)
  }
  return [...solve(a, b), 1]
}

/** Bilinear sample at continuous pixel coordinates (pixel centres at integers), edges clamped. */
function sample(g: Gray, x: number, y: number): number {
  const cx = Math.min(Math.max(x, 0), g.width - 1)
  const cy = Math.min(Math.max(y, 0), g.height - 1)
  const x0 = Math.floor(cx)
  const y0 = Math.floor(cy)
  const x1 = Math.min(x0 + 1, g.width - 1)
  const y1 = Math.min(y0 + 1, g.height - 1)
  const fx = cx - x0
  const fy = cy - y0
  const top = g.data[y0 * g.width + x0] * (1 - fx) + g.data[y0 * g.width + x1] * fx
  const bottom = g.data[y1 * g.width + x0] * (1 - fx) + g.data[y1 * g.width + x1] * fx
  return top * (1 - fy) + bottom * fy
}

/**
 * Draws `src` into `dst` so that its corners land on `corners`: a rotation, a scale or a tilted
 * phone's perspective are all one projective warp. Each destination pixel inside the quad is
 * mapped back into `src` (so there are no holes) and sampled bilinearly.
 */
export function warpInto(dst: Gray, src: Gray, corners: Quad): void {
  const rect: Quad = [
    { x: 0, y: 0 },
    { x: src.width, y: 0 },
    { x: src.width, y: src.height },
    { x: 0, y: src.height },
  ]
  const h = homography(corners, rect)
  const xs = corners.map((p) => p.x)
  const ys = corners.map((p) => p.y)
  const left = Math.max(0, Math.floor(Math.min(...xs)))
  const right = Math.min(dst.width - 1, Math.ceil(Math.max(...xs)))
  const top = Math.max(0, Math.floor(Math.min(...ys)))
  const bottom = Math.min(dst.height - 1, Math.ceil(Math.max(...ys)))
  for (let y = top; y <= bottom; y++) {
    const py = y + 0.5
    for (let x = left; x <= right; x++) {
      const px = x + 0.5
      const w = h[6] * px + h[7] * py + h[8]
      const u = (h[0] * px + h[1] * py + h[2]) / w
      const v = (h[3] * px + h[4] * py + h[5]) / w
      if (u < 0 || v < 0 || u >= src.width || v >= src.height) continue
      dst.data[y * dst.width + x] = Math.round(sample(src, u - 0.5, v - 0.5))
    }
  }
}
