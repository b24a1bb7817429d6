import { formatMoney } from '@/components/ui/price'
import type { ReceiptView } from '@/lib/receipts/schemas'

const tenderText: Record<ReceiptView['tender']['kind'], string> = { card: 'Card', cash: 'Cash', 'pay-at-pickup': 'Paid at pickup' }
const channelText: Record<ReceiptView['channel'], string> = { 'in-store': 'In store', pickup: 'Pickup', online: 'Online' }

const when = (isoTime: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(isoTime))

/** A receipt as the till would print it: store, lines, totals with tax, tender, points, and the QR for returns. */
export function ReceiptDetail({ receipt: r, qrSvg }: { receipt: ReceiptView; qrSvg: string }) {
  return (
    <article aria-labelledby="receipt-heading" className="flex flex-col gap-4">
      <header>
        <h1 id="receipt-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Receipt
        </h1>
        <p className="mt-1 text-sm text-muted">
          <span className="font-mono font-semibold text-ink" data-testid="receipt-number">
            {r.number}
          </span>{' '}
          · {channelText[r.channel]} · {when(r.createdAt, r.store?.timezone ?? 'America/Chicago')}
        </p>
      </header>

      {r.store && (
        <section aria-label="Store" className="rounded-xl border border-line bg-surface p-4 text-sm">
          <p className="font-semibold">{r.store.name}</p>
          <p className="text-muted">{r.store.address}</p>
          <p className="text-muted">{r.store.phone}</p>
        </section>
      )}

      <section aria-labelledby="receipt-items-heading" className="rounded-xl border border-line bg-surface p-4">
        <h2 id="receipt-items-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
          Items
        </h2>
        <ul className="mt-1 divide-y divide-line">
          {r.lines.map((l) => (
            <li key={l.lineNo} className="flex justify-between gap-3 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-semibold">{l.name}</p>
                <p className="text-muted">{l.detail}</p>
                <p className="text-muted">
                  {l.quantity} × {formatMoney(l.unitPrice)} · <span className="font-mono">{l.sku}</span>
                </p>
              </div>
              <p className="shrink-0 font-semibold tabular-nums">{formatMoney(l.lineTotal)}</p>
            </li>
          ))}
        </ul>
        <dl className="mt-1 space-y-1 border-t border-line pt-3 text-sm" data-testid="receipt-totals">
          <div className="flex justify-between">
            <dt>Subtotal</dt>
            <dd className="tabular-nums">{formatMoney(r.subtotal)}</dd>
          </div>
          {r.discount.amount > 0 && (
            <div className="flex justify-between text-ok">
              <dt>Member reward</dt>
              <dd className="tabular-nums">−{formatMoney(r.discount)}</dd>
            </div>
          )}
          <div className="flex justify-between">
            <dt>Sales tax</dt>
            <dd className="tabular-nums">{formatMoney(r.tax)}</dd>
          </div>
          <div className="flex justify-between pt-1 text-base font-bold">
            <dt>Total</dt>
            <dd className="tabular-nums">{formatMoney(r.total)}</dd>
          </div>
          <div className="flex justify-between text-muted">
            <dt>Paid</dt>
            <dd>{tenderText[r.tender.kind]}</dd>
          </div>
          {r.pointsEarned > 0 && (
            <div className="flex justify-between font-semibold text-ok">
              <dt>Points earned</dt>
              <dd className="tabular-nums">+{r.pointsEarned.toLocaleString('en-US')}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="receipt-qr-heading" className="flex flex-col items-center rounded-xl border border-line bg-surface px-4 py-5 text-center">
        <h2 id="receipt-qr-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
          For returns and exchanges
        </h2>
        <div role="img" aria-label="Receipt QR code" data-code={r.token} className="mt-3 size-48 rounded-lg bg-white [&>svg]:size-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
        <p className="mt-2 text-sm text-muted">Show this code at any Aisle store.</p>
      </section>
    </article>
  )
}
