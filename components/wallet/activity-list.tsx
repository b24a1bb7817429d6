import Link from 'next/link'
import type { WalletView } from '@/lib/wallet/schemas'
import { activityLabel, channelLabel, formatDay, signedPoints } from './format'

/** The points ledger across channels: every earn, reward and return, newest first. */
export function ActivityList({ activity }: { activity: WalletView['activity'] }) {
  return (
    <section aria-labelledby="activity-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="activity-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Points activity
      </h2>
      {activity.length === 0 ? (
        <p className="mt-2 text-sm text-muted">You earn a point for every dollar you spend, online, in store or at pickup.</p>
      ) : (
        <ul className="mt-1 divide-y divide-line text-sm">
          {activity.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-3 py-2.5">
              <div className="min-w-0">
                <p className="font-medium">{activityLabel(a)}</p>
                <p className="text-muted">
                  {formatDay(a.createdAt)} · {channelLabel[a.channel] ?? a.channel}
                  {a.receipt && (
                    <>
                      {' · '}
                      <Link href={`/wallet/receipts/${a.receipt.id}`} className="font-mono text-accent underline underline-offset-2">
                        {a.receipt.number}
                      </Link>
                    </>
                  )}
                </p>
              </div>
              <p className={`shrink-0 font-semibold tabular-nums ${a.points > 0 ? 'text-ok' : 'text-ink'}`}>{signedPoints(a.points)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
