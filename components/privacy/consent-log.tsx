import type { ConsentsView } from '@/lib/privacy/schemas'
import { purposeText, sourceText } from './purposes'

const when = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' })

/** Every change of a consent, newest first: what, where, when. */
export function ConsentLog({ log }: { log: ConsentsView['log'] }) {
  if (log.length === 0) return <p className="text-sm text-muted">No changes yet. Everything starts off until you turn it on.</p>
  return (
    <ol className="divide-y divide-line">
      {log.map((l, i) => (
        <li key={`${l.at}-${l.purpose}-${i}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5 py-2 text-sm">
          <span className="font-medium">{l.granted ? purposeText[l.purpose].on : purposeText[l.purpose].off}</span>
          <span className="text-muted">
            {sourceText(l.source)} · <time dateTime={l.at}>{when.format(new Date(l.at))}</time>
          </span>
        </li>
      ))}
    </ol>
  )
}
