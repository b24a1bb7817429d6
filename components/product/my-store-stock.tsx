import Link from 'next/link'
import type { StockCell } from '@/components/live/stock-cells'
import { PinIcon } from '@/components/ui/icons'
import { LiveStoresWithStock } from './live-stores-with-stock'

type MyStoreStockProps = {
  /** What the stock refers to: "Black, size M" or "Black, any size". */
  variantLabel: string
  /** The selection in every store, as rendered; the live feed keeps the count current. */
  stock: StockCell[]
  /** The event id the stock was read at. */
  since?: number
}

/**
 * Before a store is chosen: how many stores have it, and the nudge to choose one. Once one is
 * chosen the page is in in-store mode and the in-store panel answers for that store.
 */
export function MyStoreStock({ variantLabel, stock, since }: MyStoreStockProps) {
  return (
    <div className="rounded-xl border border-line bg-surface p-4">
      <div className="flex items-start gap-3">
        <PinIcon className="mt-0.5 size-5 shrink-0 text-accent" />
        <div className="min-w-0 flex-1">
          <p className="text-sm">
            <LiveStoresWithStock cells={stock} since={since} />
            <span className="text-muted"> · {variantLabel}</span>
          </p>
          <p className="mt-1 text-sm text-muted">Choose your store to see its shelf stock and the exact aisle.</p>
          <Link href="#availability" className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
            See stores near you
          </Link>
        </div>
      </div>
    </div>
  )
}
