import Link from 'next/link'
import { ChevronRightIcon } from '@/components/ui/icons'
import { formatMoney } from '@/components/ui/price'
import type { WalletView } from '@/lib/wallet/schemas'
import { channelLabel, formatDay } from './format'

/** Receipts of every purchase with the card or collected at pickup, newest first. */
export function ReceiptsList({ receipts, offline }: { receipts: WalletView['receipts']; offline: boolean }) {
  return (
    <section aria-labelledby="receipts-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="receipts-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Receipts
      </h2>
      {receipts.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Your receipts appear here when you collect a reservation or show your card at the till.</p>
      ) : (
        <ul className="mt-1 divide-y divide-line">
          {receipts.map((r) => (
            <li key={r.id}>
              <Link href={`/wallet/receipts/${r.id}`} className="flex min-h-11 items-center gap-3 py-3 hover:bg-sunken/60" data-testid="receipt-link">
                <div className="min-w-0 flex-1 text-sm">
                  <p className="font-semibold">
                    {r.storeName ?? 'Aisle'} <span className="font-normal text-muted">· {channelLabel[r.channel] ?? r.channel}</span>
                  </p>
                  <p className="text-muted">
                    {formatDay(r.createdAt)} · {r.itemCount} item{r.itemCount === 1 ? '' : 's'} · <span className="font-mono">{r.number}</span>
                  </p>
                </div>
                <p className="text-right text-sm">
                  <span className="block font-semibold tabular-nums">{formatMoney(r.total)}</span>
                  {r.pointsEarned > 0 && <span className="block text-ok">+{r.pointsEarned} pts</span>}
                </p>
                <ChevronRightIcon className="size-4 shrink-0 text-muted" />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {offline && receipts.length > 0 && <p className="mt-1 text-sm text-muted">Opening a receipt needs a connection.</p>}
    </section>
  )
}
