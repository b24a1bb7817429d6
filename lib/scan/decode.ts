import type { RawRead, ScanRead } from './validate'
import { validateRead } from './validate'

/** RGBA pixels, as a canvas's ImageData carries them (a plain object works as well). */
export type Pixels = { data: Uint8ClampedArray; width: number; height: number }

/**
 * How hard one look at an image tries. 'quick' suits a sharp code held in the aiming box and
 * costs a few milliseconds; 'thorough' searches every row, turned and downscaled copies, and
 * costs several times more. An engine without such a choice ignores it.
 */
export type Effort = 'quick' | 'thorough'

/** One engine's decode of one image: every symbol it found. Without an effort it is thorough. */
export type Reader = (image: Pixels, effort?: Effort) => Promise<RawRead[]>

export type FrameResult = {
  reads: ScanRead[]
  /** Where the code was found: the centre region (the aiming box) or, failing that, the whole frame. */
  pass: 'centre' | 'full' | null
  /** Reads the engine returned that failed validation (a misread kept out of the app). */
  rejected: number
}

/** The aiming box drawn over the preview: the centre 60 % × 50 % of the frame. */
export const CENTRE_REGION = { width: 0.6, height: 0.5 } as const

/** The centre region of a frame, in pixels, for the overlay and the crop to agree. */
export function centreRegion(width: number, height: number) {
  const w = Math.round(width * CENTRE_REGION.width)
  const h = Math.round(height * CENTRE_REGION.height)
  return { x: Math.round((width - w) / 2), y: Math.round((height - h) / 2), width: w, height: h }
}

export function crop(image: Pixels, r: { x: number; y: number; width: number; height: number }): Pixels {
  const data = new Uint8ClampedArray(r.width * r.height * 4)
  for (let row = 0; row < r.height; row++) {
    const from = ((r.y + row) * image.width + r.x) * 4
    data.set(image.data.subarray(from, from + r.width * 4), row * r.width * 4)
  }
  return { data, width: r.width, height: r.height }
}

function validated(raw: RawRead[]) {
  const reads: ScanRead[] = []
  for (const r of raw) {
    const read = validateRead(r)
    if (read) reads.push(read)
  }
  return { reads, rejected: raw.length - reads.length }
}

/**
 * Decodes a frame the way the scan page does: a quick look at the centre region first — where the
 * shopper aims, and a smaller image is faster — then a thorough look at the whole frame when the
 * centre holds nothing valid. Most aimed frames stop after the quick look; a frame with no code
 * pays for both.
 */
export async function decodeFrame(read: Reader, frame: Pixels): Promise<FrameResult> {
  const region = centreRegion(frame.width, frame.height)
  const centre = validated(await read(crop(frame, region), 'quick'))
  if (centre.reads.length > 0) {
    // Corners come back in the crop's pixels; the outline is drawn over the whole frame.
    const reads = centre.reads.map((r) => ({ ...r, corners: r.corners?.map((c) => ({ x: c.x + region.x, y: c.y + region.y })) }))
    return { reads, pass: 'centre', rejected: centre.rejected }
  }
  const full = validated(await read(frame, 'thorough'))
  return { reads: full.reads, pass: full.reads.length > 0 ? 'full' : null, rejected: centre.rejected + full.rejected }
}
