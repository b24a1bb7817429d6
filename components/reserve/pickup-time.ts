import type { OpeningHours } from '@/lib/db/schema'
import { formatClock, localTime } from '@/lib/stores/hours'

// Pure: how the pickup deadline and the store's day read on the reservation page.

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "2 days 4 h left", "5 h 12 min left", "12 min left": coarse enough to read at a glance. */
export function formatTimeLeft(msLeft: number): string {
  if (msLeft <= 0) return 'Pickup time has passed'
  if (msLeft < MINUTE) return 'Less than a minute left'
  const days = Math.floor(msLeft / DAY)
  const hours = Math.floor((msLeft % DAY) / HOUR)
  const minutes = Math.floor((msLeft % HOUR) / MINUTE)
  if (days > 0) return `${days} ${days === 1 ? 'day' : 'days'}${hours > 0 ? ` ${hours} h` : ''} left`
  if (hours > 0) return `${hours} h${minutes > 0 ? ` ${minutes} min` : ''} left`
  return `${minutes} min left`
}

const deadlineFormats = new Map<string, Intl.DateTimeFormat>()

/** "Mon, Dec 7, 9:00 PM" in the store's time zone: the shopper goes to the store, not the other way round. */
export function formatPickupBy(isoTime: string, timeZone: string): string {
  let f = deadlineFormats.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone })
    deadlineFormats.set(timeZone, f)
  }
  return f.format(new Date(isoTime))
}

/** "Open today 10 am – 9 pm" or "Closed today", for the store's own today. */
export function hoursToday(hours: OpeningHours, timeZone: string, now = new Date()): string {
  const today = hours[localTime(now, timeZone).day]
  return today ? `Open today ${formatClock(today.open)} – ${formatClock(today.close)}` : 'Closed today'
}
