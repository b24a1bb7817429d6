'use client'

import Image from 'next/image'
import Link from 'next/link'
import type { WishlistItem } from '@/lib/wishlist/schemas'
import { Price } from '@/components/ui/price'
import { useWishlistItem } from './use-wishlist'

// A text button, lined up with the text above it (the kit's ghost button carries padding for standing alone).
const textButton = 'inline-flex min-h-11 items-center text-sm font-semibold text-accent underline-offset-4 hover:underline'

type WishlistRowProps = { item: WishlistItem; action: (form: FormData) => Promise<void> }

/** One saved product: photo, name, colour, price, and Remove (with Undo until the page is left). */
export function WishlistRow({ item, action }: WishlistRowProps) {
  const state = useWishlistItem(item.productId, true)
  const note = state.error ?? (state.queued ? 'Not synced yet: this change is sent when you’re back online.' : null)
  return (
    <li className="flex gap-3 py-4 sm:gap-4">
      {/* A removed product's photo fades; its text keeps full contrast. */}
      <Link
        href={item.href}
        className={`relative block aspect-[4/5] w-24 shrink-0 overflow-hidden rounded-lg bg-sunken transition-opacity sm:w-28 ${state.saved ? '' : 'opacity-40'}`}
        tabIndex={-1}
        aria-hidden
      >
        {item.image && <Image src={item.image.url} alt="" width={item.image.width} height={item.image.height} sizes="112px" unoptimized className="size-full object-cover" />}
      </Link>
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="text-xs font-medium tracking-wide text-muted uppercase">{item.brand}</p>
        <h2 className="text-sm leading-snug font-semibold">
          <Link href={item.href} className="hover:underline">
            {item.name}
          </Link>
        </h2>
        {item.color && <p className="text-sm text-muted">{item.color.name}</p>}
        <Price price={item.price} compareAtPrice={item.compareAtPrice} />
        <form
          action={action}
          onSubmit={(e) => {
            e.preventDefault()
            state.toggle(item.color?.code)
          }}
          className="mt-1 flex flex-wrap items-center gap-x-3"
        >
          <input type="hidden" name="productId" value={item.productId} />
          <input type="hidden" name="intent" value={state.saved ? 'remove' : 'save'} />
          {item.color && <input type="hidden" name="color" value={item.color.code} />}
          <input type="hidden" name="back" value="/account/wishlist" />
          {state.saved ? (
            <button type="submit" className={textButton}>
              Remove<span className="sr-only"> {item.name}</span>
            </button>
          ) : (
            <>
              <span className="text-sm font-medium">Removed.</span>
              <button type="submit" className={textButton}>
                Undo<span className="sr-only"> removing {item.name}</span>
              </button>
            </>
          )}
        </form>
        <p role="status" className={`text-sm ${state.error ? 'font-medium text-sale' : 'text-muted'}`}>
          {note}
        </p>
      </div>
    </li>
  )
}
