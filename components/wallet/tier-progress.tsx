import type { WalletView } from '@/lib/wallet/schemas'

/** How far the member is into their tier, by lifetime points, and what the next one needs. */
export function TierProgress({ loyalty }: { loyalty: WalletView['loyalty'] }) {
  const percent = Math.round(loyalty.progress * 100)
  return (
    <section aria-labelledby="tier-heading" className="rounded-xl border border-line bg-surface p-4">
      <h2 id="tier-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Tier
      </h2>
      <p className="mt-1 text-base font-semibold">
        {loyalty.tier.name} · {loyalty.lifetime.toLocaleString('en-US')} lifetime points
      </p>
      {loyalty.nextTier ? (
        <>
          <div
            role="progressbar"
            aria-label={`Progress to ${loyalty.nextTier.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="mt-3 h-3 overflow-hidden rounded-full bg-sunken"
          >
            <div className="h-full rounded-full bg-accent" style={{ width: `${Math.max(percent, 2)}%` }} />
          </div>
          <p className="mt-2 text-sm text-muted">
            {loyalty.toNextTier.toLocaleString('en-US')} more points to {loyalty.nextTier.name}.
          </p>
        </>
      ) : (
        <p className="mt-2 text-sm text-muted">You’re at our top tier. Thank you for shopping with us.</p>
      )}
    </section>
  )
}
