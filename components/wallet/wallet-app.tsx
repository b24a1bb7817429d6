'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { useNow } from '@/components/live/use-now'
import { ActivityList } from './activity-list'
import { MemberCard } from './member-card'
import { cardExpired } from './offline-copy'
import { OfflineNote } from './offline-note'
import { PassButtons } from './pass-buttons'
import { PickupList } from './pickup-list'
import { ReceiptsList } from './receipts-list'
import { RewardsList } from './rewards-list'
import { TierProgress } from './tier-progress'
import { useWallet } from './use-wallet'

export const SIGN_IN_FOR_WALLET = '/account/sign-in?next=%2Fwallet'

/**
 * The wallet page's content, drawn in the browser: the page itself is the same for everyone (the
 * service worker may keep it), the member's data comes from the BFF or the offline copy.
 */
export function WalletApp() {
  const { state, refresh } = useWallet()
  const router = useRouter()
  const now = useNow()
  useEffect(() => {
    if (state.status === 'signed-out') router.replace(SIGN_IN_FOR_WALLET)
  }, [state.status, router])

  if (state.status === 'loading' || state.status === 'signed-out') {
    return (
      <div aria-busy="true" className="flex flex-col gap-4">
        <p role="status" className="text-sm text-muted">
          {state.status === 'loading' ? 'Loading your wallet…' : 'Taking you to sign in…'}
        </p>
        <div className="h-[34rem] animate-pulse rounded-2xl bg-sunken" />
        <noscript>
          <Link href={SIGN_IN_FOR_WALLET} className={buttonClass()}>
            Sign in to see your wallet
          </Link>
        </noscript>
      </div>
    )
  }

  if (state.status === 'no-copy') {
    return (
      <div role="alert" className="rounded-xl border border-line bg-surface p-5">
        <h2 className="text-lg font-bold">{state.why === 'offline' ? 'You’re offline' : 'Your wallet can’t load right now'}</h2>
        <p className="mt-2 text-sm text-muted">
          This device has no saved copy of your wallet yet. Open it once while you’re online and signed in, and your card will be here even without a connection.
        </p>
        <button type="button" onClick={refresh} className={buttonClass('primary', 'mt-4')}>
          Try again
        </button>
      </div>
    )
  }

  const { wallet } = state
  const copy = state.status === 'copy'
  const expired = now > 0 && cardExpired(wallet, now)
  return (
    <div className="flex flex-col gap-4" data-state={state.status}>
      {copy && <OfflineNote fetchedAt={state.fetchedAt} why={state.why} cardValid={!expired} onRetry={refresh} />}
      <MemberCard wallet={wallet} expired={expired} />
      {!copy && <PassButtons passes={wallet.passes} />}
      <TierProgress loyalty={wallet.loyalty} />
      <RewardsList rewards={wallet.rewards} points={wallet.loyalty.points} />
      <PickupList reservations={wallet.reservations} />
      <ReceiptsList receipts={wallet.receipts} offline={copy} />
      <ActivityList activity={wallet.activity} />
    </div>
  )
}
