import type { ActionFailure } from '@/lib/staff/action-error'
import type { StockItem } from '@/lib/staff/desk'

// The stock desk's contract with its server actions (app/staff/(signed-in)/stock/_actions).

export type StockKind = 'sale' | 'receipt' | 'return' | 'damage' | 'count' | 'transfer'

export type StockEntry = { kind: StockKind; variantId: string; quantity?: number; counted?: number; toStoreId?: string; reason?: string }

/** A reservation that lost a held unit to a movement (now `attention`, or a cart hold that ended). */
export type DisplacedReservation = { reservationId: string; pickupCode: string; customerName: string | null; quantity: number; status: string }

export type Recorded = {
  ok: true
  kind: StockKind
  /** Signed change of on hand (negative for sales, damage, transfers out). */
  change: number
  variance?: number
  displaced: DisplacedReservation[]
  item: StockItem
}

export type StockActions = {
  find: (code: string) => Promise<{ ok: true; item: StockItem } | ActionFailure>
  record: (entry: StockEntry) => Promise<Recorded | ActionFailure>
}
