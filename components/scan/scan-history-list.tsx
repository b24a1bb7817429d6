'use client'

import Link from 'next/link'
import { formatLabel, type ScanFormat } from '@/lib/scan/formats'
import type { HistoryEntry } from '@/lib/scan/history'

const when = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(iso))

const how = (format: HistoryEntry['format']) =>
  format === 'typed' ? 'Typed' : format === 'photo' ? 'Photo' : format === 'scanner' ? 'Scanner' : formatLabel[format as ScanFormat]

/** The last scans on this device, newest first; kept only in this browser. */
export function ScanHistoryList({ history, onClear }: { history: HistoryEntry[]; onClear: () => void }) {
  return (
    <section aria-labelledby="scan-history-heading" className="rounded-2xl border border-line bg-surface p-4">
      <div className="flex items-center justify-between gap-3">
        <h2 id="scan-history-heading" className="text-base font-bold">
          Recent scans
        </h2>
        {history.length > 0 && (
          <button type="button" onClick={onClear} className="min-h-11 px-2 text-sm font-semibold text-accent hover:underline">
            Clear history
          </button>
        )}
      </div>
      {history.length === 0 ? (
        <p className="mt-1 text-sm text-muted">Codes you scan appear here. They stay on this device.</p>
      ) : (
        <ol className="mt-2 divide-y divide-line">
          {history.map((entry) => (
            <li key={entry.code} className="flex min-h-12 items-center justify-between gap-3 py-2">
              <div className="min-w-0">
                {entry.product ? (
                  <Link href={entry.product.href} className="font-semibold hover:underline">
                    {entry.product.name}
                    {entry.product.colorName && <span className="font-normal text-muted"> · {entry.product.colorName}</span>}
                  </Link>
                ) : (
                  <span className="font-semibold">Not in our catalogue</span>
                )}
                <p className="truncate font-mono text-xs text-muted">{entry.code}</p>
              </div>
              <p className="shrink-0 text-right text-xs text-muted">
                {how(entry.format)}
                <br />
                <time dateTime={entry.at}>{when(entry.at)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
