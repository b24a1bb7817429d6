import { buttonClass } from '@/components/ui/button-styles'

/** A customer's receipt, scanned for a return: until cleared, returns are checked against it. */
export function ReceiptPanel({ onClear }: { onClear: () => void }) {
  return (
    <section aria-labelledby="return-receipt" data-testid="return-receipt" className="flex items-center gap-4 rounded-2xl border-2 border-accent bg-accent-soft p-4">
      <div className="min-w-0 flex-1">
        <h2 id="return-receipt" className="text-base font-bold text-ink">
          Receipt attached
        </h2>
        <p className="text-sm text-ink">A return is checked against it, and a member gets the points for it taken back.</p>
      </div>
      <button type="button" onClick={onClear} className={buttonClass('secondary')}>
        Done
      </button>
    </section>
  )
}
