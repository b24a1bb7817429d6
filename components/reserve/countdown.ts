// Pure (no React, no Node): the hold countdown's text and what a screen reader is told, and when.

/** Extend the hold this often while the page is visible (the hold itself lasts 5 minutes). */
export const EXTEND_EVERY_MS = 60_000
/** Typing in the form extends the hold too, but not more often than this. */
export const EXTEND_ON_INPUT_GAP_MS = 20_000

/** "4:59": minutes and seconds left, rounded up, so "0:00" only once the hold has lapsed. */
export function formatCountdown(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

/** "4 minutes 59 seconds": the same time the way a screen reader should say it. */
export function spokenCountdown(msLeft: number): string {
  const total = Math.max(0, Math.ceil(msLeft / 1000))
  const minutes = Math.floor(total / 60)
  const seconds = total % 60
  const parts = []
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`)
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`)
  return parts.join(' ')
}

/**
 * What to announce when the time left goes from `before` to `after` (ms). Announcing every tick
 * would drown out everything else, so only two moments are spoken: one minute left, and the end.
 */
export function countdownAnnouncement(before: number, after: number): string | null {
  if (before > 0 && after <= 0) return 'Your hold has ended and the item went back on the shelf.'
  if (before > 60_000 && after <= 60_000) return 'One minute left to confirm your hold.'
  return null
}
