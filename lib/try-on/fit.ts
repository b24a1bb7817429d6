/**
 * A frame's fit, judged from its width against the face's: an estimate, since the face's size comes
 * from the iris (everyone's is about 11.7 mm across) and a camera's angle skews it.
 */
export type FitVerdict = 'narrow' | 'good' | 'wide'

export type FitEstimate = { verdict: FitVerdict; frameMm: number; faceMm: number; message: string }

/**
 * A frame fits when it spans about the face's width at the cheekbones (measured at the face's
 * outline, which runs a little wider than the temples where the hinges sit): this window, in mm.
 */
const NARROW_BELOW = -12
const WIDE_ABOVE = 8

export function estimateFit(frameMm: number, faceMm: number): FitEstimate | null {
  if (!(frameMm > 0) || !(faceMm > 60) || faceMm > 220) return null
  const gap = frameMm - faceMm
  const verdict: FitVerdict = gap < NARROW_BELOW ? 'narrow' : gap > WIDE_ABOVE ? 'wide' : 'good'
  const frame = Math.round(frameMm)
  const face = Math.round(faceMm / 5) * 5
  const message =
    verdict === 'good'
      ? `Frame ${frame} mm, your face about ${face} mm: likely a good width.`
      : verdict === 'narrow'
        ? `Frame ${frame} mm, your face about ${face} mm: may feel narrow.`
        : `Frame ${frame} mm, your face about ${face} mm: may sit wide.`
  return { verdict, frameMm, faceMm, message }
}

/** A running average of face-width readings, so one bad frame does not swing the verdict. */
export class FitMeter {
  private readings: number[] = []
  constructor(private readonly size = 30) {}
  add(faceMm: number) {
    if (!Number.isFinite(faceMm)) return
    this.readings.push(faceMm)
    if (this.readings.length > this.size) this.readings.shift()
  }
  /** The median reading once enough frames agree, else null. */
  value(): number | null {
    if (this.readings.length < 5) return null
    const sorted = [...this.readings].sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
  }
  reset() {
    this.readings = []
  }
}
