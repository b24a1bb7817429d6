/**
 * A USB or Bluetooth barcode scanner in keyboard-wedge mode "types" the code as a burst of
 * keystrokes a few milliseconds apart and presses Enter. A person types far slower (100 ms+ between
 * keys), so the gaps tell the two apart.
 */
export type WedgeOptions = {
  /** The longest gap between two keys of one scan. */
  maxGapMs?: number
  /** Shorter bursts (a person mashing two keys) are not scans. */
  minLength?: number
}

export const WEDGE_DEFAULTS = { maxGapMs: 30, minLength: 6 } as const

export function createWedgeDetector({ maxGapMs = WEDGE_DEFAULTS.maxGapMs, minLength = WEDGE_DEFAULTS.minLength }: WedgeOptions = {}) {
  let buffer = ''
  let lastAt = -Infinity

  return {
    /**
     * Feeds one key press (KeyboardEvent.key and its time stamp in ms). Returns the scanned code when
     * this key is the Enter that ends a scanner's burst, otherwise null.
     */
    key(key: string, at: number): string | null {
      const gap = at - lastAt
      lastAt = at
      if (key === 'Enter') {
        const code = buffer
        buffer = ''
        return gap <= maxGapMs && code.length >= minLength ? code : null
      }
      if (key.length !== 1) {
        // Shift and friends arrive inside a burst (scanners press Shift for capitals); others end it.
        if (key !== 'Shift') buffer = ''
        return null
      }
      buffer = gap <= maxGapMs ? buffer + key : key
      return null
    },
    reset() {
      buffer = ''
      lastAt = -Infinity
    },
  }
}
