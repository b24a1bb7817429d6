import type { ShelfTagList } from '@/lib/shelf-tags/schemas'
import { LabelSheets, LABELS_PER_SHEET, sheetCount } from './label-sheets'
import { PrintButton } from './print-button'
import { ShelfTagNotice } from './shelf-tag-notice'

/** What a shelf-tag request came to: every case has its own message, none is an error page. */
export type ShelfTagOutcome =
  | { kind: 'pick-store' }
  | { kind: 'invalid'; message: string }
  | { kind: 'unknown-store'; storeId: string }
  | { kind: 'labels'; list: ShelfTagList; q?: string; sku?: string }

const count = (n: number) => n.toLocaleString('en-US')

export function ShelfTagResults({ outcome }: { outcome: ShelfTagOutcome }) {
  switch (outcome.kind) {
    case 'pick-store':
      return <ShelfTagNotice title="Choose a store to preview its shelf tags.">Narrow by category or search for a product, SKU or GTIN.</ShelfTagNotice>
    case 'invalid':
      return (
        <ShelfTagNotice role="alert" tone="warn" title="These filters cannot be used.">
          {outcome.message}
        </ShelfTagNotice>
      )
    case 'unknown-store':
      return (
        <ShelfTagNotice role="alert" tone="warn" title={`We have no store with the id “${outcome.storeId}”.`}>
          Choose one of our stores from the list.
        </ShelfTagNotice>
      )
    case 'labels':
      return <LabelResults {...outcome} />
  }
}

function LabelResults({ list, q, sku }: Extract<ShelfTagOutcome, { kind: 'labels' }>) {
  const n = list.labels.length
  if (n === 0) {
    const what = sku ? `SKU “${sku}”` : q ? `“${q}”` : 'these filters'
    return (
      <ShelfTagNotice title={`No shelf tags match ${what} at ${list.store.name}.`}>
        Check the spelling, try another category, or search for a SKU or GTIN.
      </ShelfTagNotice>
    )
  }
  const sheets = sheetCount(n)
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p role="status" className="text-sm">
          <strong className="font-semibold">
            {count(n)} {n === 1 ? 'label' : 'labels'}
          </strong>{' '}
          for {list.store.name} on {sheets} A4 {sheets === 1 ? 'sheet' : 'sheets'} ({LABELS_PER_SHEET} per sheet, 63.5 × 38.1 mm),
          in aisle and bay order.
        </p>
        <PrintButton count={n} />
      </div>
      {list.capped && (
        <ShelfTagNotice tone="warn" title={`Showing the first ${count(n)} of ${count(list.total)} labels.`}>
          That is the most one print run takes. Choose a category or search to print the rest.
        </ShelfTagNotice>
      )}
      <LabelSheets labels={list.labels} />
    </div>
  )
}
