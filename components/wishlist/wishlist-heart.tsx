'use client'

import { HeartIcon } from './heart-icon'
import { useWishlistItem, useWishlistLive } from './use-wishlist'

type WishlistHeartProps = {
  productId: string
  /** The colour on screen: saved with the product, so the list shows that photo. */
  color?: string
  initialSaved: boolean
  /** Signed in: other devices' changes arrive live. */
  member: boolean
  /** The same change as a plain form post, for browsers without JavaScript. */
  action: (form: FormData) => Promise<void>
  /** Where the form post returns to. */
  back: string
}

/**
 * Save to wishlist. The change shows at once and is sent in the background; offline it waits in
 * this browser and is sent when it is back online; a refusal puts the heart back and says why.
 */
export function WishlistHeart({ productId, color, initialSaved, member, action, back }: WishlistHeartProps) {
  const item = useWishlistItem(productId, initialSaved)
  useWishlistLive(member, [productId])
  const note = item.error ?? (item.queued ? (item.saved ? 'Saved on this device. It will sync when you’re back online.' : 'Removed on this device. It will sync when you’re back online.') : null)
  return (
    <form
      action={action}
      onSubmit={(e) => {
        e.preventDefault()
        item.toggle(color)
      }}
      className="flex flex-col gap-1"
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="intent" value={item.saved ? 'remove' : 'save'} />
      {color && <input type="hidden" name="color" value={color} />}
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        aria-pressed={item.saved}
        aria-describedby={`wishlist-note-${productId}`}
        className={`inline-flex min-h-11 w-fit items-center gap-2 rounded-full border px-4 text-sm font-semibold transition-colors ${
          item.saved ? 'border-accent bg-accent-soft text-accent' : 'border-line-strong bg-surface text-ink hover:border-ink'
        }`}
      >
        <HeartIcon filled={item.saved} className={`size-5 ${item.saved ? 'text-sale' : ''}`} />
        {item.saved ? 'Saved' : 'Save to wishlist'}
        {/* The note below says it in words; this is the glanceable mark on the heart itself. */}
        {item.queued && (
          <span aria-hidden className="rounded-full bg-warn-soft px-2 py-0.5 text-xs font-semibold text-warn">
            Not synced
          </span>
        )}
      </button>
      <p id={`wishlist-note-${productId}`} role="status" className={`text-sm ${item.error ? 'font-medium text-sale' : 'text-muted'}`}>
        {note}
      </p>
    </form>
  )
}
