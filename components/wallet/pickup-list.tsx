import Link from 'next/link'
import { formatMoney } from '@/components/ui/price'
import { formatPickupCode } from '@/lib/reservations/pickup-code'
import type { WalletView } from '@/lib/wallet/schemas'
import { formatDay } from './format'
import { CodeSymbol } from './symbol'

const statusText: Record<string, string> = { pending: 'Being picked', ready: 'Ready for pickup', attention: 'The store is sorting it out' }

/** Open reservations with their pickup QR and code, so the member needs only the wallet at the desk. */
export function PickupList({ reservations }: { reservations: WalletView['reservations'] }) {
  if (reservations.length === 0) return null
  return (
    <section aria-labelledby="pickups-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="pickups-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        To pick up
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {reservations.map((r) => (
          <li key={r.id} className="flex gap-4 py-3" data-testid="pickup">
            <CodeSymbol kind="qr" text={r.pickupToken} label={`Pickup QR code for ${r.storeName}`} className="size-36 shrink-0 rounded-lg" />
            <div className="min-w-0 text-sm">
              <p className={`font-semibold ${r.status === 'ready' ? 'text-ok' : ''}`}>{statusText[r.status] ?? r.status}</p>
              <p>{r.storeName}</p>
              <p className="text-muted">
                {r.itemCount} item{r.itemCount === 1 ? '' : 's'} · {formatMoney(r.total)}
                {r.pickupBy ? ` · by ${formatDay(r.pickupBy)}` : ''}
              </p>
              <p className="mt-1 font-mono text-lg font-bold tracking-widest">{formatPickupCode(r.pickupCode)}</p>
              <Link href={r.url} className="inline-flex min-h-11 items-center font-semibold text-accent underline-offset-4 hover:underline">
                Reservation details
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
