'use client'

import { useRouter } from 'next/navigation'
import type { WishlistItem } from '@/lib/wishlist/schemas'
import { useWishlistLive } from './use-wishlist'
import { WishlistRow } from './wishlist-row'

type WishlistListProps = { items: WishlistItem[]; member: boolean; action: (form: FormData) => Promise<void> }

/** The saved products, following a member's changes on their other devices. */
export function WishlistList({ items, member, action }: WishlistListProps) {
  const router = useRouter()
  const ids = items.map((i) => i.productId)
  // A removal elsewhere shows on its row (with Undo); a product saved elsewhere needs the list read again.
  useWishlistLive(member, ids, (productId, saved) => {
    if (saved && !ids.includes(productId)) router.refresh()
  })
  return (
    <ul className="divide-y divide-line">
      {items.map((item) => (
        <WishlistRow key={item.productId} item={item} action={action} />
      ))}
    </ul>
  )
}
