import Image from 'next/image'
import type { ReservationView } from '@/lib/reservations/schemas'
import type { ShelfStock } from '@/lib/staff/desk'

type ReservationLinesProps = {
  lines: ReservationView['lines']
  /** Aisle and bay at the desk's store, by variant id. */
  locations: Record<string, ShelfStock>
  /** Show how many of each line are held (for reservations that lost units). */
  showHeld?: boolean
  size?: 'compact' | 'large'
}

export const shelfText = (s: ShelfStock | undefined) =>
  s?.aisle ? `Aisle ${s.aisle}${s.bay ? ` · Bay ${s.bay}` : ''}` : 'No shelf location'

/** The items of a reservation, each with where to pick it. */
export function ReservationLines({ lines, locations, showHeld = false, size = 'compact' }: ReservationLinesProps) {
  const large = size === 'large'
  return (
    <ul className={large ? 'divide-y divide-line' : 'space-y-2'}>
      {lines.map((l) => {
        const short = l.held < l.quantity
        return (
          <li key={l.variantId} className={`flex items-start gap-3 ${large ? 'py-3' : ''}`} data-sku={l.sku}>
            <div className={`shrink-0 overflow-hidden rounded-md bg-sunken ${large ? 'size-16' : 'size-11'}`}>
              {l.image && <Image src={l.image} alt="" width={64} height={64} unoptimized className="size-full object-cover" />}
            </div>
            <div className="min-w-0 flex-1">
              <p className={`leading-snug font-semibold ${large ? 'text-base' : 'text-sm'}`}>{l.productName}</p>
              <p className="text-sm text-muted">
                {l.colorName}
                {l.size ? ` · ${l.size}` : ''}
                <span className="sr-only"> · SKU {l.sku}</span>
              </p>
              <p className={`text-sm font-medium ${locations[l.variantId]?.aisle ? 'text-ink' : 'text-muted'}`}>{shelfText(locations[l.variantId])}</p>
              {showHeld && short && (
                <p className="text-sm font-semibold text-warn">
                  {l.held} of {l.quantity} held · {l.quantity - l.held} missing
                </p>
              )}
            </div>
            <p className={`shrink-0 font-bold tabular-nums ${large ? 'text-lg' : 'text-sm'}`}>
              <span className="sr-only">Quantity </span>
              <span aria-hidden="true">×</span>
              {l.quantity}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
