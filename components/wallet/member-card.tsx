import type { WalletView } from '@/lib/wallet/schemas'
import { CodeSymbol } from './symbol'
import { formatPoints, groupDigits } from './format'

type MemberCardProps = { wallet: WalletView; expired: boolean }

/**
 * The card to show at the till: name, tier and points on our green, and the code itself as large
 * as the phone allows, black on white (QR for camera scanners, Code 128 for laser ones, and the
 * digits for typing).
 */
export function MemberCard({ wallet, expired }: MemberCardProps) {
  const { member, card, loyalty } = wallet
  return (
    <section aria-labelledby="member-card-heading" className="overflow-hidden rounded-2xl bg-accent text-white shadow-sm" data-testid="member-card">
      <div className="flex items-start justify-between gap-3 px-5 pt-4">
        <div className="min-w-0">
          <h2 id="member-card-heading" className="text-xs font-semibold tracking-widest uppercase opacity-90">
            Member card
          </h2>
          <p className="truncate text-2xl font-bold tracking-tight">{member.name || 'Aisle member'}</p>
        </div>
        <p className="shrink-0 rounded-full bg-white px-3 py-1 text-sm font-bold text-accent">{loyalty.tier.name}</p>
      </div>
      <p className="px-5 pt-1 pb-4 text-lg">
        <span className="text-3xl font-bold tabular-nums" data-testid="points">
          {loyalty.points.toLocaleString('en-US')}
        </span>{' '}
        {loyalty.points === 1 ? 'point' : 'points'}
        <span className="sr-only"> ({formatPoints(loyalty.points)})</span>
      </p>
      <div className="bg-white px-4 pt-4 pb-3 text-ink">
        {expired ? (
          <p role="status" className="rounded-xl bg-warn-soft p-4 text-center font-semibold text-warn">
            This card code has expired. Connect to the internet and open your wallet to get a fresh one.
          </p>
        ) : (
          <>
            <CodeSymbol kind="qr" text={card.token} label="Member card QR code" className="mx-auto aspect-square w-full max-w-72" />
            <CodeSymbol kind="code128" text={card.digits} label="Member card barcode" className="mt-3 h-20 w-full" />
            <p className="mt-1 text-center font-mono text-sm tracking-wider text-ink">
              {groupDigits(card.digits)}
            </p>
          </>
        )}
        <p className="mt-2 text-center text-xs text-muted">Turn your screen brightness up and hold the code flat under the scanner.</p>
      </div>
    </section>
  )
}
