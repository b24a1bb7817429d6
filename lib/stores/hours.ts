import type { OpeningHours } from '../db/schema'

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof weekdays)[number]

// Building a DateTimeFormat costs far more than using one, and every stock answer asks per store.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, f)
  }
  return f
}

// Every store in a time zone shares its clock: a stock answer for ten stores reads it once a minute.
let lastClock: { key: string; value: { day: Weekday; minutes: number } } | null = null

/** Weekday and minutes since midnight at `now` in the store's own time zone. */
export function localTime(now: Date, timeZone: string): { day: Weekday; minutes: number } {
  const key = `${timeZone}|${Math.floor(now.getTime() / 60_000)}`
  if (lastClock?.key !== key) lastClock = { key, value: readClock(now, timeZone) }
  return lastClock.value
}

function readClock(now: Date, timeZone: string): { day: Weekday; minutes: number } {
  const parts = formatterFor(timeZone).formatToParts(now)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const day = get('weekday').toLowerCase().slice(0, 3) as Weekday
  return { day, minutes: Number(get('hour')) * 60 + Number(get('minute')) }
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** "9 pm", "10:30 am": how a shopper reads a time on a sign. */
export function formatClock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number)
  const suffix = h >= 12 && h < 24 ? 'pm' : 'am'
  const h12 = h % 12 === 0 ? 12 : h % 12
  return m === 0 ? `${h12} ${suffix}` : `${h12}:${String(m).padStart(2, '0')} ${suffix}`
}

/** The time at `date` in a time zone, written the way the store's signs write it ("10:23 am"). */
export function clockAt(date: Date, timeZone: string): string {
  const { minutes } = localTime(date, timeZone)
  return formatClock(`${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`)
}

const dayNames: Record<Weekday, string> = {
  sun: 'Sunday',
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
}

/** Open/closed state and the sentence a shopper needs next ("Open until 9 pm", "Closed · opens 10 am tomorrow"). */
export function openState(hours: OpeningHours, timeZone: string, now = new Date()): { open: boolean; label: string } {
  const { day, minutes } = localTime(now, timeZone)
  const today = hours[day]
  if (today) {
    const open = toMinutes(today.open)
    const close = toMinutes(today.close)
    if (minutes >= open && minutes < close) return { open: true, label: `Open until ${formatClock(today.close)}` }
    if (minutes < open) return { open: false, label: `Closed · opens ${formatClock(today.open)}` }
  }
  const start = weekdays.indexOf(day)
  for (let i = 1; i <= 7; i++) {
    const next = weekdays[(start + i) % 7]
    const h = hours[next]
    if (h) {
      const when = i === 1 ? 'tomorrow' : dayNames[next]
      return { open: false, label: `Closed · opens ${formatClock(h.open)} ${when}` }
    }
  }
  return { open: false, label: 'Temporarily closed' }
}
