import { isLinear } from './formats'
import type { ScanRead } from './validate'

export type ConfirmOptions = {
  /** How long a first sighting of a 1-D code waits for its second. */
  windowMs?: number
  /** After a code is confirmed, the same code is ignored this long (the camera still sees it). */
  repeatMs?: number
}

/**
 * A 1-D read counts only when the same code is seen in two frames: one frame can misread a bar,
 * two independent frames agreeing almost never do. A QR code carries its own error correction and
 * counts at once.
 */
export function createReadConfirmer({ windowMs = 1500, repeatMs = 3000 }: ConfirmOptions = {}) {
  const seen = new Map<string, number>()
  let last: { key: string; at: number } | null = null

  return {
    /** Offers one frame's reads; returns the read that is now confirmed, if any. */
    offer(reads: readonly ScanRead[], now: number): ScanRead | null {
      for (const [key, at] of seen) if (now - at > windowMs) seen.delete(key)
      const frame = new Map(reads.map((r) => [r.key, r]))
      for (const read of frame.values()) {
        if (last && last.key === read.key && now - last.at < repeatMs) continue
        const confirmed = !isLinear(read.format) || seen.has(read.key)
        seen.set(read.key, now)
        if (confirmed) {
          last = { key: read.key, at: now }
          seen.clear()
          return read
        }
      }
      return null
    },
    /** Forget everything: the next read starts afresh ("scan again"). */
    reset() {
      seen.clear()
      last = null
    },
  }
}
