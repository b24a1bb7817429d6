// Dates on the account page: a day for "added", a rough age for "last used".

const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })

export const formatDay = (isoTime: string) => day.format(new Date(isoTime))

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the day itself. */
export function timeAgo(isoTime: string, now: Date): string {
  const seconds = Math.max(0, (now.getTime() - new Date(isoTime).getTime()) / 1000)
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`
  if (seconds < 60) return 'just now'
  if (seconds < 3600) return plural(Math.floor(seconds / 60), 'minute')
  if (seconds < 86_400) return plural(Math.floor(seconds / 3600), 'hour')
  if (seconds < 7 * 86_400) return plural(Math.floor(seconds / 86_400), 'day')
  return `on ${formatDay(isoTime)}`
}
