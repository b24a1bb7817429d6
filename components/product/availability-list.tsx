import Link from 'next/link'
import type { StoreSummary } from '@/lib/stores/schemas'
import { formatDistance } from '@/components/store/format-distance'
import { StockBadge } from './stock-badge'
import type { StockSummary } from '@/lib/inventory/stock-status'

export type AvailabilityRow = { store: StoreSummary; stock: StockSummary; isMyStore: boolean }

const VISIBLE_ROWS = 4

function Row({ row }: { row: AvailabilityRow }) {
  const { store, stock } = row
  return (
    <li className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
      <div className="min-w-0">
        <p className="text-sm font-semibold">
          <Link href={`/stores/${store.slug}`} className="underline-offset-4 hover:underline">
            {store.name}
          </Link>
          {row.isMyStore && (
            <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">My store</span>
          )}
        </p>
        <p className="mt-0.5 text-xs text-muted">
          {store.distanceKm !== null && <>{formatDistance(store.distanceKm)} · </>}
          <span className={store.openNow.open ? 'text-ok' : ''}>{store.openNow.label}</span>
        </p>
      </div>
      <div className="flex flex-col items-end gap-1 text-right">
        <StockBadge status={stock.status} available={stock.available} />
        {stock.status !== 'out' && stock.aisle && (
          <p className="text-xs text-muted">
            Aisle {stock.aisle}
            {stock.bay && <> · Bay {stock.bay}</>}
          </p>
        )}
      </div>
    </li>
  )
}

export function AvailabilityList({ rows }: { rows: AvailabilityRow[] }) {
  const visible = rows.slice(0, VISIBLE_ROWS)
  const rest = rows.slice(VISIBLE_ROWS)
  return (
    <>
      <ul className="divide-y divide-line">
        {visible.map((r) => (
          <Row key={r.store.id} row={r} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="group border-t border-line">
          <summary className="flex min-h-11 items-center text-sm font-semibold text-accent">
            <span className="group-open:hidden">Show {rest.length} more stores</span>
            <span className="hidden group-open:inline">Fewer stores</span>
          </summary>
          <ul className="divide-y divide-line">
            {rest.map((r) => (
              <Row key={r.store.id} row={r} />
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
