import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { WishlistList } from '@/components/wishlist/wishlist-list'
import { getDb } from '@/lib/db'
import { listWishlist, type WishlistOwner } from '@/lib/wishlist'
import { getMember, getVisitorId } from '../../_data/member'
import { wishlistFormAction } from './_actions/wishlist'

export const metadata: Metadata = { title: 'Your wishlist', robots: { index: false, follow: false } }

/** What the shopper saved: a member's list, or before sign-in this browser's (it joins the account at sign-in). */
export default async function WishlistPage() {
  const [member, visitorId] = await Promise.all([getMember(), getVisitorId()])
  const owner: WishlistOwner | null = member ? { kind: 'member', memberId: member.memberId } : visitorId ? { kind: 'visitor', visitorId } : null
  const items = owner ? (await listWishlist(await getDb(), owner)).items : []
  return (
    <Container className="py-6 sm:py-8">
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Your wishlist</h1>
          <p className="mt-1 text-sm text-muted">
            {items.length === 0 ? 'Nothing saved yet.' : `${items.length} saved ${items.length === 1 ? 'product' : 'products'}`}
          </p>
        </div>
        {!member && (
          <p className="rounded-lg bg-accent-soft px-3 py-2 text-sm text-ink">
            Saved on this browser only.{' '}
            <Link href="/account/sign-in?next=%2Faccount%2Fwishlist" className="font-semibold text-accent underline underline-offset-2">
              Sign in
            </Link>{' '}
            to keep your wishlist on every device.
          </p>
        )}
        {items.length > 0 ? (
          <section aria-label="Saved products" className="rounded-xl border border-line bg-surface px-4 sm:px-6">
            <WishlistList items={items} member={!!member} action={wishlistFormAction} />
          </section>
        ) : (
          <div className="rounded-xl border border-line bg-surface p-6 text-center">
            <p className="text-base font-semibold">Tap the heart on any product to save it here.</p>
            <Link href="/" className={buttonClass('primary', 'mt-4')}>
              Browse products
            </Link>
          </div>
        )}
      </div>
    </Container>
  )
}
