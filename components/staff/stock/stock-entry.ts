import type { ActionFailure } from '@/lib/staff/action-error'
import type { StockItem } from '@/lib/staff/desk'
import type { TillMember } from '@/lib/wallet/till'

// The stock desk's contract with its server actions (app/staff/(signed-in)/stock/_actions).

export type StockKind = 'sale' | 'receipt' | 'return' | 'damage' | 'count' | 'transfer'

export type StockEntry = {
  kind: StockKind
  variantId: string
  quantity?: number
  counted?: number
  toStoreId?: string
  reason?: string
  /** A sale to a member: their card code, the reward they spend (if any) and how they paid. */
  memberToken?: string
  rewardId?: string
  tender?: 'card' | 'cash'
  /** A return against a receipt: its scanned QR. */
  receiptCode?: string
}

/** What a member's sale adds: the receipt (emailed to them) and their points after it. */
export type SaleReceipt = { number: string; subtotal: number; discount: number; tax: number; total: number; currency: string; pointsEarned: number }

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
  receipt?: SaleReceipt
  member?: { name: string; tier: string; points: number }
  /** A return against a member's receipt: the points taken back. */
  pointsReversed?: number
}

export type StockActions = {
  find: (code: string) => Promise<{ ok: true; item: StockItem } | ActionFailure>
  record: (entry: StockEntry) => Promise<Recorded | ActionFailure>
  /** A scanned or typed member card → who it is, their points and rewards. */
  member: (token: string) => Promise<{ ok: true; member: TillMember } | ActionFailure>
}
