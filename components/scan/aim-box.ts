import { centreRegion } from '@/lib/scan/decode'

/**
 * Where the decoder's centre region falls on screen when the video fills its box with
 * `object-fit: cover`, in percent of the box, so the outline the shopper aims with is exactly the
 * part of the frame decoded first.
 */
export function aimBoxStyle(video: { width: number; height: number }, box: { width: number; height: number }) {
  const scale = Math.max(box.width / video.width, box.height / video.height)
  const offsetX = (box.width - video.width * scale) / 2
  const offsetY = (box.height - video.height * scale) / 2
  const r = centreRegion(video.width, video.height)
  const left = Math.max(0, offsetX + r.x * scale)
  const top = Math.max(0, offsetY + r.y * scale)
  const right = Math.min(box.width, offsetX + (r.x + r.width) * scale)
  const bottom = Math.min(box.height, offsetY + (r.y + r.height) * scale)
  const pct = (v: number, of: number) => `${((v / of) * 100).toFixed(2)}%`
  return { left: pct(left, box.width), top: pct(top, box.height), width: pct(right - left, box.width), height: pct(bottom - top, box.height) }
}
