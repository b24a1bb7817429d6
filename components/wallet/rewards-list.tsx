import { formatMoney } from '@/components/ui/price'
import type { WalletView } from '@/lib/wallet/schemas'
import { CheckIcon } from '@/components/ui/icons'

/** Rewards, and whether the points cover them: spent at the till when the member's card is scanned. */
export function RewardsList({ rewards, points }: { rewards: WalletView['rewards']; points: number }) {
  return (
    <section aria-labelledby="rewards-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="rewards-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Rewards
      </h2>
      <ul className="mt-2 divide-y divide-line">
        {rewards.map((r) => (
          <li key={r.id} className="flex items-center justify-between gap-3 py-3">
            <div>
              <p className="font-semibold">{formatMoney(r.amountOff)} off</p>
              <p className="text-sm text-muted">{r.points.toLocaleString('en-US')} points</p>
            </div>
            {r.affordable ? (
              <p className="inline-flex items-center gap-1 rounded-full bg-ok-soft px-3 py-1 text-sm font-semibold text-ok">
                <CheckIcon className="size-4" />
                Ready at the till
              </p>
            ) : (
              <p className="text-sm text-muted">{(r.points - points).toLocaleString('en-US')} more points</p>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-muted">Ask for a reward when you pay in store: it comes off your total before tax.</p>
    </section>
  )
}
