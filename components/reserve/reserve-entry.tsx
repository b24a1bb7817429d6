import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { PinIcon } from '@/components/ui/icons'
import { reserveHref } from './reserve-href'

type ReserveEntryProps = {
  handle: string
  color: { code: string; name: string }
  /** The chosen size; null when none is chosen yet or the product is one-size. */
  size: string | null
  /** The product's sizes; empty for one-size products. */
  sizes: string[]
  /** The shopper's store (the `aisle_store` cookie), when chosen. */
  myStore: { id: string; name: string } | null
}

/** "Reserve for pickup": the selected colour and size, held at a store, paid for there. */
export function ReserveEntry({ handle, color, size, sizes, myStore }: ReserveEntryProps) {
  const needsSize = sizes.length > 0 && !size
  const what = needsSize ? color.name : size ? `${color.name}, size ${size}` : color.name
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
      <div className="flex items-start gap-3">
        <PinIcon className="mt-0.5 size-5 shrink-0 text-accent" />
        <div className="min-w-0 text-sm">
          <p className="font-semibold">Reserve for pickup — free, pay in store</p>
          <p className="text-muted">
            {needsSize ? `${what} · choose a size first` : what}
            {myStore && <> · at {myStore.name}</>}
          </p>
        </div>
      </div>
      <Link href={reserveHref({ handle, color: color.code, size, store: myStore?.id })} className={buttonClass('primary', 'min-h-12 w-full text-base')}>
        {needsSize ? 'Choose a size and reserve' : 'Reserve for pickup'}
      </Link>
    </div>
  )
}
