/** Every demo timestamp is relative to this instant, so two runs produce identical rows. */
export const REFERENCE_DATE = new Date('2026-11-30T12:00:00Z')

/** Bump when the generated catalogue changes shape; recorded in aisle_meta. */
export const DEMO_SEED_VERSION = '1'

export const DEMO_RNG_SEED = 20261130

export const DAY_MS = 24 * 60 * 60 * 1000

export function daysBefore(days: number, extraMs = 0): Date {
  return new Date(REFERENCE_DATE.getTime() - days * DAY_MS - extraMs)
}

/** Whole days between `date` and the reference date. */
export function ageInDays(date: Date): number {
  return Math.floor((REFERENCE_DATE.getTime() - date.getTime()) / DAY_MS)
}
