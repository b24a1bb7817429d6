'use client'

import Link from 'next/link'
import { storesWithStock, storeIdsOf, totalOf, variantIdsOf, type StockCell } from '@/components/live/stock-cells'
import { useLiveStock } from '@/components/live/use-live-stock'

type LiveShelfProps = {
  /** The selection in this store, and in the other stores. */
  here: StockCell[]
  others: StockCell[]
  aisle: string | null
  bay: string | null
  /** The id of the nearby-stores list the out-of-stock line points to. */
  nearbyId: string
  since?: number
}

/** Where it is on this store's shelves, or, when it is not, how many stores nearby have it. */
export function LiveShelf({ here, others, aisle, bay, nearbyId, since }: LiveShelfProps) {
  const live = useLiveStock(storeIdsOf([...here, ...others]), variantIdsOf(here), since)
  const available = totalOf(here, live.availableAt)
  const nearbyTotal = storesWithStock(others, live.availableAt)
  return (
    <div className={`px-4 py-3 ${available > 0 ? 'bg-accent-soft' : 'bg-sunken'}`}>
      {available > 0 ? (
        aisle ? (
          <p className="text-base">
            Find it in <strong className="font-bold">aisle {aisle}</strong>
            {bay && (
              <>
                , <strong className="font-bold">bay {bay}</strong>
              </>
            )}
          </p>
        ) : (
          <p className="text-sm">Ask a team member to show you where it is.</p>
        )
      ) : (
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
      )}
    </div>
  )
}
