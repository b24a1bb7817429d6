import Link from 'next/link'
import { PinIcon } from '@/components/ui/icons'
import { StockBadge } from './stock-badge'
import type { StockSummary } from '@/lib/inventory/stock-status'

type MyStoreStockProps = {
  store: { name: string; slug: string; openLabel: string } | null
  stock: StockSummary | null
  /** What the stock refers to: "Black, size M" or "Black (all sizes)". */
  variantLabel: string
  storesWithStock: number
}

/** The question a shopper asks before leaving home: is it on the shelf at my store, and where? */
export function MyStoreStock({ store, stock, variantLabel, storesWithStock }: MyStoreStockProps) {
  return (
    <div className="rounded-xl border border-line bg-surface p-4">
      <div className="flex items-start gap-3">
        <PinIcon className="mt-0.5 size-5 shrink-0 text-accent" />
        {store && stock ? (
          <div className="min-w-0 flex-1">
            <p className="text-sm">
              <span className="font-semibold">{store.name}</span>
              <span className="text-muted"> · {store.openLabel}</span>
            </p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <StockBadge status={stock.status} available={stock.available} />
              <span className="text-xs text-muted">{variantLabel}</span>
            </div>
            {stock.status !== 'out' && stock.aisle && (
              <p className="mt-2 text-sm font-semibold">
                Find it in aisle {stock.aisle}
                {stock.bay && <>, bay {stock.bay}</>}
              </p>
            )}
            <Link href="#availability" className="mt-2 inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
              Check other stores
            </Link>
          </div>
        ) : (
          <div className="min-w-0 flex-1">
            <p className="text-sm">
              <span className="font-semibold">
                {storesWithStock > 0 ? `In stock at ${storesWithStock} ${storesWithStock === 1 ? 'store' : 'stores'}` : 'Out of stock in all stores'}
              </span>
              <span className="text-muted"> · {variantLabel}</span>
            </p>
            <p className="mt-1 text-sm text-muted">Choose your store to see its shelf stock and the exact aisle.</p>
            <Link href="#availability" className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
              See stores near you
            </Link>
          </div>
        )}
      </div>
    </div>
  )
}
