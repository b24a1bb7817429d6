// Pure: how the staff screens say when things happen, in the store's own time zone.

export type TimeLeft = { text: string; tone: 'ok' | 'soon' | 'overdue' }

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function span(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR)
    const m = Math.round((ms - h * HOUR) / MINUTE)
    return m === 0 || h >= 6 ? `${Math.round(ms / HOUR)} h` : `${h} h ${m} min`
  }
  const d = Math.floor(ms / DAY)
  const h = Math.round((ms - d * DAY) / HOUR)
  return h === 0 ? `${d} d` : h === 24 ? `${d + 1} d` : `${d} d ${h} h`
}

/** "2 d 4 h left" until a pickup deadline; under a day left is "soon" (the shopper has had their reminder). */
export function timeLeft(deadline: string, now: Date): TimeLeft {
  const ms = new Date(deadline).getTime() - now.getTime()
  if (ms <= 0) return { text: `Overdue by ${span(-ms)}`, tone: 'overdue' }
  return { text: `${span(ms)} left`, tone: ms < DAY ? 'soon' : 'ok' }
}

const dayKey = (d: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d)

/** "Today 10:42", "Yesterday 18:05", "Tomorrow 09:00" or "Thu 5 Dec, 10:42", on the store's clock. */
export function storeTime(iso: string, timeZone: string, now: Date): string {
  const at = new Date(iso)
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
  const day = dayKey(at, timeZone)
  const relative: [number, string][] = [
    [0, 'Today'],
    [-1, 'Yesterday'],
    [1, 'Tomorrow'],
  ]
  for (const [offset, word] of relative) {
    if (day === dayKey(new Date(now.getTime() + offset * DAY), timeZone)) return `${word} ${clock}`
  }
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at)
  return `${date}, ${clock}`
}
