import Link from 'next/link'
import { formatLabel, type ScanFormat } from '@/lib/scan/formats'
import type { ScanInput, ScanOutcome } from './resolve-scan'

const sourceLabel = (source: ScanInput['source']) =>
  source === 'typed' ? 'typed' : source === 'photo' ? 'from your photo' : source === 'scanner' ? 'from the scanner' : formatLabel[source as ScanFormat]

const primary = 'inline-flex min-h-11 items-center justify-center rounded-full bg-white px-5 text-sm font-semibold text-ink hover:bg-white/90'
const secondary = 'inline-flex min-h-11 items-center justify-center rounded-full border border-white/60 px-5 text-sm font-semibold text-white hover:bg-white/10'

function ReadValue({ input }: { input: ScanInput }) {
  return (
    <p className="mt-3 text-sm text-white/85">
      Read <span className="font-mono text-base break-all text-white">{input.text}</span>{' '}
      <span className="whitespace-nowrap">({sourceLabel(input.source)})</span>
    </p>
  )
}

type OutcomePanelProps = { outcome: Exclude<ScanOutcome, { kind: 'found' }>; onScanAgain: () => void; onRetry: () => void }

/** What a scan led to when it did not lead to a product page. */
export function ScanOutcomePanel({ outcome, onScanAgain, onRetry }: OutcomePanelProps) {
  const again = (
    <button type="button" className={primary} onClick={onScanAgain} autoFocus>
      Scan again
    </button>
  )
  switch (outcome.kind) {
    case 'missing':
      return (
        <div role="alert" className="max-w-sm text-center" data-outcome="missing">
          <h2 className="text-lg font-bold">We don’t carry this item</h2>
          <ReadValue input={outcome.input} />
          <p className="mt-2 text-sm text-white/85">It may be another shop’s product. Search our catalogue, or scan another.</p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            {again}
            <Link href={`/search?q=${encodeURIComponent(outcome.input.text)}`} className={secondary}>
              Search instead
            </Link>
          </div>
        </div>
      )
    case 'invalid':
      return (
        <div role="alert" className="max-w-sm text-center" data-outcome="invalid">
          <h2 className="text-lg font-bold">That number doesn’t look right</h2>
          <ReadValue input={outcome.input} />
          <p className="mt-2 text-sm text-white/85">{outcome.reason} Check the digits under the barcode.</p>
          <div className="mt-4 flex justify-center">{again}</div>
        </div>
      )
    case 'url':
      return (
        <div role="alert" className="max-w-sm text-center" data-outcome="url">
          <h2 className="text-lg font-bold">This code links to a web page</h2>
          <p className="mt-3 rounded-lg bg-white/10 px-3 py-2 font-mono text-sm break-all">{outcome.url}</p>
          <p className="mt-2 text-sm text-white/85">It isn’t one of our shelf tags, so we haven’t opened it. Open it only if you trust it.</p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            {again}
            <a href={outcome.url} rel="noopener noreferrer nofollow" target="_blank" className={secondary}>
              Open link<span className="sr-only"> (new tab)</span>
            </a>
          </div>
        </div>
      )
    case 'text':
      return (
        <div role="alert" className="max-w-sm text-center" data-outcome="text">
          <h2 className="text-lg font-bold">This isn’t a product code</h2>
          <p className="mt-3 rounded-lg bg-white/10 px-3 py-2 font-mono text-sm break-all">{outcome.input.text.slice(0, 300)}</p>
          <div className="mt-4 flex justify-center">{again}</div>
        </div>
      )
    case 'unreachable':
      return (
        <div role="alert" className="max-w-sm text-center" data-outcome="unreachable">
          <h2 className="text-lg font-bold">We couldn’t look that up</h2>
          <ReadValue input={outcome.input} />
          <p className="mt-2 text-sm text-white/85">{outcome.message}</p>
          <div className="mt-4 flex flex-wrap justify-center gap-3">
            <button type="button" className={primary} onClick={onRetry}>
              Try again
            </button>
            <button type="button" className={secondary} onClick={onScanAgain}>
              Scan something else
            </button>
          </div>
        </div>
      )
  }
}
