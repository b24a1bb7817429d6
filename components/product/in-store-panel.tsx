import Link from 'next/link'
import type { ColorOption, Money } from '@/lib/catalog/schemas'
import type { InStoreView } from '@/lib/inventory/in-store'
import { PinIcon } from '@/components/ui/icons'
import { Price } from '@/components/ui/price'
import { InStoreColors } from './in-store-colors'
import { InStoreSizes } from './in-store-sizes'
import { StockBadge } from './stock-badge'

type InStorePanelProps = {
  handle: string
  view: InStoreView
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

function Shelf({ view, nearbyId }: Pick<InStorePanelProps, 'view' | 'nearbyId'>) {
  const { selected, nearbyTotal } = view
  if (selected.available > 0) {
    return selected.aisle ? (
      <p className="text-base">
        Find it in <strong className="font-bold">aisle {selected.aisle}</strong>
        {selected.bay && (
          <>
            , <strong className="font-bold">bay {selected.bay}</strong>
          </>
        )}
      </p>
    ) : (
      <p className="text-sm">Ask a team member to show you where it is.</p>
    )
  }
  return (
    <p className="text-sm">
      Not on the shelf here.{' '}
      {nearbyTotal > 0 ? (
        <Link href={`#${nearbyId}`} className="font-semibold text-accent underline underline-offset-4">
          {nearbyTotal} {nearbyTotal === 1 ? 'store nearby has' : 'stores nearby have'} it
        </Link>
      ) : (
        'No store nearby has it right now.'
      )}
    </p>
  )
}

/** The product as the shopper standing in one store sees it: price, shelf count, where, what else is here. */
export function InStorePanel({ handle, view, price, compareAtPrice, colors, color, size, variantLabel, nearbyId }: InStorePanelProps) {
  const { store, selected } = view
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
            <span className="text-base font-semibold tabular-nums">{selected.available}</span>
            <StockBadge status={selected.status} available={selected.available} />
          </dd>
          <dd className="mt-0.5 text-xs text-muted">{variantLabel}</dd>
        </div>
      </dl>

      <div className={`px-4 py-3 ${selected.available > 0 ? 'bg-accent-soft' : 'bg-sunken'}`}>
        <Shelf view={view} nearbyId={nearbyId} />
      </div>

      {(colors.length > 1 || view.sizes.length > 0) && (
        <div className="flex flex-col gap-5 px-4 py-4">
          {colors.length > 1 && <InStoreColors handle={handle} colors={colors} stock={view.colors} selected={color} size={size} />}
          {view.sizes.length > 0 && <InStoreSizes handle={handle} colorCode={color.code} sizes={view.sizes} selected={size} />}
        </div>
      )}
    </section>
  )
}
