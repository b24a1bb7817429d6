import Link from 'next/link'
import type { ColorOption, Money } from '@/lib/catalog/schemas'
import type { InStoreView } from '@/lib/inventory/in-store'
import type { Availability } from '@/lib/inventory/schemas'
import { cellsAt, selection, stockCells } from '@/components/live/stock-cells'
import { LiveAge } from '@/components/live/live-age'
import { PinIcon } from '@/components/ui/icons'
import { Price } from '@/components/ui/price'
import { InStoreColors } from './in-store-colors'
import { InStoreSizes } from './in-store-sizes'
import { LiveShelf } from './live-shelf'
import { LiveStockHere } from './live-stock-here'

type InStorePanelProps = {
  handle: string
  view: InStoreView
  /** The stock the view was made from: its numbers travel to the live parts, which keep them current. */
  availability: Availability
  /** The event id that stock was read at. */
  since?: number
  price: Money
  compareAtPrice: Money | null
  colors: ColorOption[]
  color: ColorOption
  size: string | null
  /** What the stock refers to: "Black, size M" or "Black, any size". */
  variantLabel: string
  /** The id of the nearby-stores list the out-of-stock line points to. */
  nearbyId: string
}

/** The product as the shopper standing in one store sees it: price, shelf count, where, what else is here. */
export function InStorePanel({ handle, view, availability, since, price, compareAtPrice, colors, color, size, variantLabel, nearbyId }: InStorePanelProps) {
  const { store, selected } = view
  const mine = availability.stores.find((s) => s.store.id === store.id)?.variants ?? []
  const here = cellsAt(store.id, mine, selection(color.code, size))
  const others = stockCells(availability, selection(color.code, size), (id) => id !== store.id)
  return (
    <section aria-labelledby="in-store-heading" className="overflow-hidden rounded-xl border border-line bg-surface">
      <div className="flex items-start justify-between gap-3 px-4 pt-3">
        <div className="flex min-w-0 items-start gap-2">
          <PinIcon className="mt-1 size-5 shrink-0 text-accent" />
          <div className="min-w-0">
            <h2 id="in-store-heading" className="leading-tight">
              <span className="block text-xs font-semibold tracking-wide text-muted uppercase">In store at</span>{' '}
              <span className="text-lg font-bold">{store.name}</span>
            </h2>
            <p className={`text-sm ${store.openNow.open ? 'text-ok' : 'text-muted'}`}>{store.openNow.label}</p>
          </div>
        </div>
        <Link href="/stores" className="inline-flex min-h-11 shrink-0 items-center text-sm font-semibold text-accent hover:underline">
          Change store
        </Link>
      </div>

      <dl className="mt-3 grid grid-cols-2 gap-4 border-t border-line px-4 py-3">
        <div>
          <dt className="text-xs font-semibold tracking-wide text-muted uppercase">Price here</dt>
          <dd className="mt-1">
            <Price price={price} compareAtPrice={compareAtPrice} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-semibold tracking-wide text-muted uppercase">Stock here</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
            <LiveStockHere cells={here} since={since} />
          </dd>
          <dd className="mt-0.5 text-xs text-muted">{variantLabel}</dd>
          {/* Its own line, its height kept while the feed connects, so nothing below moves. */}
          <dd className="min-h-4 text-xs text-muted">
            <LiveAge asOf={availability.asOf} />
          </dd>
        </div>
      </dl>

      <LiveShelf here={here} others={others} aisle={selected.aisle} bay={selected.bay} nearbyId={nearbyId} since={since} />

      {(colors.length > 1 || view.sizes.length > 0) && (
        <div className="flex flex-col gap-5 px-4 py-4">
          {colors.length > 1 && (
            <InStoreColors
              handle={handle}
              colors={colors}
              stock={colors.map((c) => ({ colorCode: c.code, cells: cellsAt(store.id, mine, selection(c.code, size)) }))}
              selected={color}
              size={size}
              since={since}
            />
          )}
          {view.sizes.length > 0 && (
            <InStoreSizes
              handle={handle}
              colorCode={color.code}
              sizes={view.sizes.map((s) => ({ ...s, cells: cellsAt(store.id, mine, selection(color.code, s.size)) }))}
              selected={size}
              since={since}
            />
          )}
        </div>
      )}
    </section>
  )
}
