import { centreRegion } from '@/lib/scan/decode'

/**
 * Where the decoder's centre region falls on screen when the video fills its box with
 * `object-fit: cover`, in percent of the box, so the outline the shopper aims with is exactly the
 * part of the frame decoded first.
 */
export function aimBoxStyle(video: { width: number; height: number }, box: { width: number; height: number }) {
  const r = centreRegion(video.width, video.height)
  const topLeft = frameToBox({ x: r.x, y: r.y }, video, box)
  const bottomRight = frameToBox({ x: r.x + r.width, y: r.y + r.height }, video, box)
  const left = Math.max(0, topLeft.x)
  const top = Math.max(0, topLeft.y)
  const right = Math.min(box.width, bottomRight.x)
  const bottom = Math.min(box.height, bottomRight.y)
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`
  return { left: pct(left, box.width), top: pct(top, box.height), width: pct(right - left, box.width), height: pct(bottom - top, box.height) }
}

/** A point in the video frame's pixels, in the pixels of the box showing it with `object-fit: cover`. */
export function frameToBox(point: { x: number; y: number }, video: { width: number; height: number }, box: { width: number; height: number }) {
  const scale = Math.max(box.width / video.width, box.height / video.height)
  return {
    x: (box.width - video.width * scale) / 2 + point.x * scale,
    y: (box.height - video.height * scale) / 2 + point.y * scale,
  }
}

/**
 * A 1-D code is found along scan lines, so its corners often describe a line, not a box. The
 * outline is widened across that line (by a share of its length) so the shopper sees the code
 * framed; a real box (QR, or many agreeing lines) is left as it is.
 */
export function outlineOf(corners: { x: number; y: number }[]): { x: number; y: number }[] {
  const [a, b, c, d] = corners
  if (!a || !b || !c || !d) return corners
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  const depth = Math.hypot(d.x - a.x, d.y - a.y)
  const wanted = length * 0.3
  if (length === 0 || depth >= wanted) return corners
  // Unit normal to the scan line, pushed out evenly on both sides.
  const nx = -(b.y - a.y) / length
  const ny = (b.x - a.x) / length
  const grow = (wanted - depth) / 2
  const out = (p: { x: number; y: number }, s: number) => ({ x: p.x + nx * grow * s, y: p.y + ny * grow * s })
  return [out(a, -1), out(b, -1), out(c, 1), out(d, 1)]
}
