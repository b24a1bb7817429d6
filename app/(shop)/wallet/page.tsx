import type { Metadata } from 'next'
import { Container } from '@/components/ui/container'
import { WalletApp } from '@/components/wallet/wallet-app'

export const metadata: Metadata = { title: 'Wallet', robots: { index: false, follow: false } }

/**
 * The member's wallet. This HTML holds nothing personal (a shell the service worker may keep): the
 * card, points and receipts are drawn in the browser from the BFF, or from its offline copy.
 */
export default function WalletPage() {
  return (
    <Container className="py-4 sm:py-6">
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Wallet</h1>
        <WalletApp />
      </div>
    </Container>
  )
}
