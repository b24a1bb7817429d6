import type { ShelfTag } from '@/lib/shelf-tags/schemas'
import { ShelfLabel } from './shelf-label'
import './label-sheet.css'

/** Labels on one sheet of the stock in label-sheet.css. */
export const LABELS_PER_SHEET = 21

export const sheetCount = (labels: number) => Math.ceil(labels / LABELS_PER_SHEET)

/** The labels laid out on A4 sheets exactly as they print: what you see is where each one lands. */
export function LabelSheets({ labels }: { labels: ShelfTag[] }) {
  const sheets = Array.from({ length: sheetCount(labels.length) }, (_, i) =>
    labels.slice(i * LABELS_PER_SHEET, (i + 1) * LABELS_PER_SHEET),
  )
  return (
    <div className="-mx-4 overflow-x-auto px-4 pb-8 sm:mx-0 sm:px-0 print:m-0 print:overflow-visible print:p-0">
      <div className="mx-auto flex w-fit flex-col gap-8 print:block">
        {sheets.map((sheet, i) => (
          <section key={i} aria-labelledby={`sheet-${i + 1}`} className="label-page">
            <h2 id={`sheet-${i + 1}`} className="mb-2 text-sm font-semibold text-muted print:hidden">
              Sheet {i + 1} of {sheets.length}
            </h2>
            <div className="label-sheet shadow-md ring-1 ring-line">
              {sheet.map((tag) => (
                <ShelfLabel key={`${tag.storeId}:${tag.sku}`} tag={tag} />
              ))}
            </div>
          </section>
        ))}
      </div>
    </div>
  )
}
