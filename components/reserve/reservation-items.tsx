import Image from 'next/image'
import Link from 'next/link'
import type { ReservationView } from '@/lib/reservations/schemas'
import { productHref } from '@/components/product/selection'
import { formatMoney } from '@/components/ui/price'

type ReservationItemsProps = Pick<ReservationView, 'lines' | 'total'> & { heading?: string }

/** What is reserved, with pictures, and what it will cost at the till. */
export function ReservationItems({ lines, total, heading = 'Your items' }: ReservationItemsProps) {
  return (
    <section aria-labelledby="reservation-items-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="reservation-items-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        {heading}
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {lines.map((l) => (
          <li key={l.variantId} className="flex gap-3 py-3">
            <div className="aspect-[4/5] w-16 shrink-0 overflow-hidden rounded-lg bg-sunken">
              {l.image && <Image src={l.image} alt="" width={160} height={200} unoptimized className="size-full object-cover" />}
            </div>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-semibold">
                <Link href={productHref(l.handle, { color: l.colorCode, size: l.size })} className="underline-offset-4 hover:underline">
                  {l.productName}
                </Link>
              </p>
              <p className="text-muted">
                {l.colorName}
                {l.size && <> · Size {l.size}</>}
              </p>
              <p className="text-muted">Qty {l.quantity}</p>
            </div>
            <p className="text-sm font-semibold tabular-nums">{formatMoney({ amount: l.unitPrice.amount * l.quantity, currency: l.unitPrice.currency })}</p>
          </li>
        ))}
      </ul>
      <div className="flex items-baseline justify-between border-t border-line pt-3">
        <p className="text-sm">
          <span className="font-semibold">Total</span> <span className="text-muted">· pay in store</span>
        </p>
        <p className="text-base font-bold tabular-nums">{formatMoney(total)}</p>
      </div>
    </section>
  )
}
