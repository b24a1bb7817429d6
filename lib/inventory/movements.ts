import { z } from 'zod'
import type { Db } from '../db/client'
import { displaceHolds, type Displaced } from '../reservations/displace'
import { DomainError } from '../errors'
import { changeOnHand, InsufficientStock, lockLevel, setOnHand, writeTx, type Change, type MovementRecord } from './ledger'

export { EVENTS_CHANNEL, InsufficientStock, UnknownStockLevel, type MovementRecord, type StockLevel } from './ledger'

const ids = z.string().trim().min(1).max(60)
const who = z.string().trim().min(1).max(100)
const ref = z.string().trim().min(1).max(100).optional()

/** Movements that change what is on the shelf, recorded by staff (holds are the reservations' own). */
export const StockMovementInput = z
  .object({
    storeId: ids,
    variantId: ids,
    kind: z.enum(['receipt', 'sale', 'return', 'damage']),
    quantity: z.number().int().min(1).max(10_000),
    reason: z.string().trim().min(1).max(200),
    actor: who,
    reference: ref,
  })
  .meta({ id: 'StockMovementInput' })
export type StockMovementInput = z.input<typeof StockMovementInput>

export const StockCountInput = z
  .object({ storeId: ids, variantId: ids, counted: z.number().int().min(0).max(100_000), actor: who, reference: ref })
  .meta({ id: 'StockCountInput' })
export type StockCountInput = z.input<typeof StockCountInput>

export const StockTransferInput = z
  .object({
    fromStoreId: ids,
    toStoreId: ids,
    variantId: ids,
    quantity: z.number().int().min(1).max(10_000),
    actor: who,
    reference: ref,
  })
  .refine((t) => t.fromStoreId !== t.toStoreId, { message: 'A transfer goes between two different stores.', path: ['toStoreId'] })
  .meta({ id: 'StockTransferInput' })
export type StockTransferInput = z.input<typeof StockTransferInput>

export class CountBelowReserved extends DomainError {
  constructor(storeId: string, variantId: string, reserved: number, counted: number) {
    super('count-below-reserved', 409, 'Count below held stock', `Counted ${counted} but ${reserved} are held for reservations.`, {
      storeId,
      variantId,
      reserved,
      counted,
    })
  }
}

/** What a movement did, plus the reservations it had to take held units from (now `attention`). */
export type MovementResult = MovementRecord & { displaced: Displaced[] }

const increases = new Set(['receipt', 'return', 'transfer_in'])

/**
 * Records a receipt, an in-store sale, a customer return or damaged stock at one store.
 *
 * A sale or damage can reach into units held for reservations: the unit is physically gone (sold at
 * the till, broken), so the system follows the floor. The held units are taken from the
 * reservations that can best spare them (an unconfirmed cart hold first, then the newest placed
 * one), and each such reservation is flagged `attention` for staff to re-source — never silently
 * dropped. Only when even on-hand cannot cover it is the movement refused.
 */
export async function recordMovement(db: Db, input: StockMovementInput): Promise<MovementResult> {
  const m = StockMovementInput.parse(input)
  const delta = increases.has(m.kind) ? m.quantity : -m.quantity
  const change: Change = { ...m, delta }
  return writeTx(db, async (tx) => {
    if (delta > 0) return { ...(await changeOnHand(tx, change)), displaced: [] }
    const level = await lockLevel(tx, m.storeId, m.variantId)
    if (level.onHand < m.quantity) throw new InsufficientStock(m.storeId, m.variantId, level.available, m.quantity)
    const shortfall = m.quantity - level.available
    const displaced = shortfall > 0 ? await displaceHolds(tx, { storeId: m.storeId, variantId: m.variantId, quantity: shortfall, cause: m.kind, actor: m.actor }) : []
    return { ...(await changeOnHand(tx, change)), displaced }
  })
}

/**
 * A cycle count: sets on hand to what was counted and records the variance (zero included — the
 * inventory-accuracy figure counts the counts that matched). Counting fewer than are held takes
 * the missing units from reservations, as a sale would.
 */
export async function recordCount(db: Db, input: StockCountInput): Promise<MovementResult & { variance: number }> {
  const c = StockCountInput.parse(input)
  return writeTx(db, async (tx) => {
    const before = await lockLevel(tx, c.storeId, c.variantId)
    const shortfall = before.reserved - c.counted
    const displaced = shortfall > 0 ? await displaceHolds(tx, { storeId: c.storeId, variantId: c.variantId, quantity: shortfall, cause: 'count', actor: c.actor }) : []
    const variance = c.counted - before.onHand
    const change: Change = {
      storeId: c.storeId,
      variantId: c.variantId,
      kind: 'count_adjustment',
      delta: variance,
      reason: `cycle count: counted ${c.counted}, system ${before.onHand}`,
      actor: c.actor,
      reference: c.reference,
    }
    if (displaced.reduce((n, d) => n + d.quantity, 0) < shortfall) throw new CountBelowReserved(c.storeId, c.variantId, before.reserved, c.counted)
    return { ...(await setOnHand(tx, change, c.counted)), displaced, variance }
  })
}

/** Moves stock between stores in one transaction: out of one and into the other, or neither. Only available units move. */
export async function transferStock(db: Db, input: StockTransferInput): Promise<{ out: MovementRecord; in: MovementRecord }> {
  const t = StockTransferInput.parse(input)
  return writeTx(db, (tx) => transferIn(tx, t))
}

/** The transfer inside a caller's transaction (re-sourcing a reservation transfers and holds in one go). */
export async function transferIn(tx: Db, input: StockTransferInput): Promise<{ out: MovementRecord; in: MovementRecord }> {
  const t = StockTransferInput.parse(input)
  const reason = `transfer ${t.fromStoreId} → ${t.toStoreId}`
  const base = { variantId: t.variantId, reason, actor: t.actor, reference: t.reference }
  const out = () => changeOnHand(tx, { ...base, storeId: t.fromStoreId, kind: 'transfer_out', delta: -t.quantity })
  const inn = () => changeOnHand(tx, { ...base, storeId: t.toStoreId, kind: 'transfer_in', delta: t.quantity })
  // Rows are locked in store-id order, so two opposite transfers cannot deadlock.
  if (t.fromStoreId < t.toStoreId) {
    const o = await out()
    return { out: o, in: await inn() }
  }
  const i = await inn()
  return { out: await out(), in: i }
}
