import Link from 'next/link'
import { CheckIcon } from '@/components/ui/icons'
import { formatMoney } from '@/components/ui/price'
import { formatPickupCode } from '@/lib/reservations/pickup-code'
import type { Recorded } from './stock-entry'

const done: Record<Recorded['kind'], string> = {
  sale: 'Sale recorded',
  receipt: 'Receipt recorded',
  return: 'Return recorded',
  damage: 'Damage recorded',
  count: 'Count recorded',
  transfer: 'Transfer sent',
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0')

/** What the last movement did, and — loudly — any reservation that lost its held unit to it. */
export function MovementResult({ result }: { result: Recorded }) {
  const s = result.item.stock
  const attention = result.displaced.filter((d) => d.status === 'attention')
  const released = result.displaced.filter((d) => d.status !== 'attention')
  return (
    <div className="space-y-3">
      {attention.length > 0 && (
        <div role="alert" className="rounded-2xl border-2 border-warn bg-warn-soft p-4 text-warn" data-testid="displaced">
          <p className="text-lg font-bold">
            {attention.length === 1 ? 'A reservation now needs attention' : `${attention.length} reservations now need attention`}
          </p>
          <ul className="mt-2 space-y-1">
            {attention.map((d) => (
              <li key={d.reservationId} className="font-medium">
                <span className="font-mono text-lg font-bold tracking-wider">{formatPickupCode(d.pickupCode)}</span>
                {d.customerName ? ` for ${d.customerName}` : ''}: {d.quantity} held unit{d.quantity === 1 ? ' was' : 's were'} taken by this {result.kind}.
              </li>
            ))}
          </ul>
          <Link href="/staff/pickup" className="mt-3 inline-flex min-h-11 items-center font-semibold text-warn underline underline-offset-4">
            Re-source or cancel it on the pickup desk
          </Link>
        </div>
      )}
      <div role="status" className="flex items-start gap-3 rounded-2xl bg-ok-soft p-4 text-ok">
        <CheckIcon className="mt-0.5 size-6 shrink-0" />
        <div>
          <p className="font-bold">
            {done[result.kind]}: {result.item.productName}, {result.item.colorName}
            {result.item.size ? ` ${result.item.size}` : ''}
          </p>
          <p className="text-sm text-ink">
            {result.kind === 'count' && result.variance !== undefined ? `Variance ${signed(result.variance)} recorded. ` : `On hand ${signed(result.change)}. `}
            {s && `Now ${s.onHand} on hand, ${s.reserved} held, ${s.available} available.`}
            {released.length > 0 && ` ${released.length} unconfirmed cart hold${released.length === 1 ? '' : 's'} ended.`}
          </p>
          {result.receipt && result.member && <SaleReceiptLine receipt={result.receipt} member={result.member} />}
          {result.pointsReversed !== undefined && (
            <p className="mt-1 text-sm text-ink" data-testid="return-points">
              Checked against the receipt.{' '}
              {result.pointsReversed > 0 ? `${result.pointsReversed} points taken back from the member.` : 'No points to take back.'}
            </p>
          )}
        </div>
      </div>
    </div>
  )
}

/** A member's sale: the receipt that was emailed to them, with what the reward and tax did, and their points now. */
function SaleReceiptLine({ receipt: r, member }: { receipt: NonNullable<Recorded['receipt']>; member: NonNullable<Recorded['member']> }) {
  const money = (amount: number) => formatMoney({ amount, currency: r.currency })
  return (
    <p className="mt-1 text-sm text-ink" data-testid="sale-receipt">
      Receipt <span className="font-mono font-semibold">{r.number}</span> emailed to {member.name || 'the member'}: total {money(r.total)}
      {r.discount > 0 && <> after a {money(r.discount)} reward</>}, incl. {money(r.tax)} tax. +{r.pointsEarned} points, now {member.points.toLocaleString('en-US')}.
    </p>
  )
}
