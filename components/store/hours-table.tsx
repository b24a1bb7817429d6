import type { Store } from '@/lib/stores/schemas'
import { formatClock, localTime, type Weekday } from '@/lib/stores/hours'

const order: { key: Weekday; label: string }[] = [
  { key: 'mon', label: 'Monday' },
  { key: 'tue', label: 'Tuesday' },
  { key: 'wed', label: 'Wednesday' },
  { key: 'thu', label: 'Thursday' },
  { key: 'fri', label: 'Friday' },
  { key: 'sat', label: 'Saturday' },
  { key: 'sun', label: 'Sunday' },
]

/** "Today" is the store's today, in its own time zone, not the shopper's. */
export function HoursTable({ store, now = new Date() }: { store: Store; now?: Date }) {
  const today = localTime(now, store.timezone).day
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Opening hours, {store.name}</caption>
      <tbody>
        {order.map(({ key, label }) => {
          const hours = store.hours[key]
          const isToday = key === today
          return (
            <tr key={key} className={isToday ? 'bg-accent-soft font-semibold' : 'border-t border-line'}>
              <th scope="row" className={`py-2.5 pl-3 text-left ${isToday ? 'font-semibold' : 'font-normal'}`}>
                {label}
                {isToday && <span className="ml-2 text-xs font-semibold text-accent">Today</span>}
              </th>
              <td className="py-2.5 pr-3 text-right tabular-nums">
                {hours ? `${formatClock(hours.open)} – ${formatClock(hours.close)}` : 'Closed'}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
