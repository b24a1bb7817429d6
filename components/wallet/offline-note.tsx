'use client'

import { formatAge } from '@/components/live/format-age'
import { useNow } from '@/components/live/use-now'

/** "Offline · updated 12 min ago": what the page shows is the saved copy, and how old it is. */
export function OfflineNote({ fetchedAt, why, cardValid, onRetry }: { fetchedAt: number; why: 'offline' | 'unavailable'; cardValid: boolean; onRetry: () => void }) {
  const now = useNow()
  return (
    <div role="status" className="flex items-center justify-between gap-3 rounded-xl bg-warn-soft px-4 py-3 text-sm text-warn" data-testid="offline-note">
      <p>
        <span className="font-semibold">{why === 'offline' ? 'Offline' : 'Can’t reach Aisle'}</span>
        {now > 0 && <> · updated {formatAge(now - fetchedAt)} ago</>}
        {cardValid && <span className="block text-ink">Your card still scans at the till.</span>}
      </p>
      <button type="button" onClick={onRetry} className="min-h-11 shrink-0 rounded-full border border-warn px-4 font-semibold">
        Try again
      </button>
    </div>
  )
}
