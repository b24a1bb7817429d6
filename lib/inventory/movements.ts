import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import type { MovementKind } from '../db/schema'
import { DomainError } from '../errors'

/** The channel every app instance LISTENs on; the payload is the new event's id. */
export const EVENTS_CHANNEL = 'aisle_events'

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

export type StockLevel = { storeId: string; variantId: string; onHand: number; reserved: number; available: number }
export type MovementRecord = { movementId: number; eventId: number; kind: MovementKind; quantity: number; level: StockLevel }

export class UnknownStockLevel extends DomainError {
  constructor(storeId: string, variantId: string) {
    super('stock-level-not-found', 404, 'No such stock level', 'That store does not stock that variant.', { storeId, variantId })
  }
}

export class InsufficientStock extends DomainError {
  constructor(storeId: string, variantId: string, available: number, requested: number) {
    super('insufficient-stock', 409, 'Not enough stock', `Only ${available} available; ${requested} requested.`, {
      storeId,
      variantId,
      available,
    })
  }
}

export class CountBelowReserved extends DomainError {
  constructor(storeId: string, variantId: string, reserved: number, counted: number) {
    super(
      'count-below-reserved',
      409,
      'Count below held stock',
      `Counted ${counted} but ${reserved} are held for reservations; resolve those holds first.`,
      { storeId, variantId, reserved, counted },
    )
  }
}

type Change = { storeId: string; variantId: string; kind: MovementKind; delta: number; reason: string; actor: string; reference?: string }
type LevelRow = { on_hand: number | string; reserved: number | string }

const level = (storeId: string, variantId: string, r: LevelRow): StockLevel => {
  const onHand = num(r.on_hand)
  const reserved = num(r.reserved)
  return { storeId, variantId, onHand, reserved, available: onHand - reserved }
}

/**
 * One movement: the level, its ledger row and its event change together or not at all. A decrease
 * is a conditional UPDATE on what is available (on hand minus held), so concurrent sales of the
 * last unit cannot both succeed and available never goes negative.
 */
async function apply(tx: Db, c: Change): Promise<MovementRecord> {
  const [updated] = await rows<LevelRow>(
    tx,
    c.delta < 0
      ? sql`update inventory_levels set on_hand = on_hand + ${c.delta}, updated_at = now()
            where store_id = ${c.storeId} and variant_id = ${c.variantId} and on_hand - reserved >= ${-c.delta}
            returning on_hand, reserved`
      : sql`update inventory_levels set on_hand = on_hand + ${c.delta}, updated_at = now()
            where store_id = ${c.storeId} and variant_id = ${c.variantId}
            returning on_hand, reserved`,
  )
  if (!updated) {
    const [current] = await rows<LevelRow>(
      tx,
      sql`select on_hand, reserved from inventory_levels where store_id = ${c.storeId} and variant_id = ${c.variantId}`,
    )
    if (!current) throw new UnknownStockLevel(c.storeId, c.variantId)
    throw new InsufficientStock(c.storeId, c.variantId, level(c.storeId, c.variantId, current).available, -c.delta)
  }
  return record(tx, c, level(c.storeId, c.variantId, updated))
}

/** The ledger row and the outbox event for a change already applied to the level. */
async function record(tx: Db, c: Change, after: StockLevel): Promise<MovementRecord> {
  const [movement] = await rows<{ id: number | string }>(
    tx,
    sql`insert into inventory_movements (store_id, variant_id, kind, quantity, reason, actor, reference)
        values (${c.storeId}, ${c.variantId}, ${c.kind}, ${c.delta}, ${c.reason}, ${c.actor}, ${c.reference ?? null})
        returning id`,
  )
  const movementId = num(movement.id)
  const payload = { variantId: c.variantId, kind: c.kind, quantity: c.delta, onHand: after.onHand, reserved: after.reserved, available: after.available, movementId }
  const [event] = await rows<{ id: number | string }>(
    tx,
    sql`insert into events (type, store_id, payload) values ('stock.changed', ${c.storeId}, ${JSON.stringify(payload)}::jsonb) returning id`,
  )
  const eventId = num(event.id)
  // NOTIFY inside a transaction is delivered when it commits, and never if it rolls back.
  await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${String(eventId)})`)
  return { movementId, eventId, kind: c.kind, quantity: c.delta, level: after }
}

const increases = new Set<MovementKind>(['receipt', 'return', 'transfer_in'])

/** Records a receipt, an in-store sale, a customer return or damaged stock at one store. */
export async function recordMovement(db: Db, input: StockMovementInput): Promise<MovementRecord> {
  const m = StockMovementInput.parse(input)
  const delta = increases.has(m.kind) ? m.quantity : -m.quantity
  return db.transaction((tx) => apply(tx as unknown as Db, { ...m, delta }))
}

/**
 * A cycle count: sets on hand to what was counted and records the variance (zero included — the
 * inventory-accuracy figure counts the counts that matched).
 */
export async function recordCount(db: Db, input: StockCountInput): Promise<MovementRecord & { variance: number }> {
  const c = StockCountInput.parse(input)
  return db.transaction(async (t) => {
    const tx = t as unknown as Db
    const [current] = await rows<LevelRow>(
      tx,
      sql`select on_hand, reserved from inventory_levels where store_id = ${c.storeId} and variant_id = ${c.variantId} for update`,
    )
    if (!current) throw new UnknownStockLevel(c.storeId, c.variantId)
    const before = level(c.storeId, c.variantId, current)
    // Held units that are not on the shelf belong to a reservation that needs attention, which the
    // reservations module decides; until it does, a count cannot silently drop them.
    if (c.counted < before.reserved) throw new CountBelowReserved(c.storeId, c.variantId, before.reserved, c.counted)
    const variance = c.counted - before.onHand
    const [updated] = await rows<LevelRow>(
      tx,
      sql`update inventory_levels set on_hand = ${c.counted}, updated_at = now()
          where store_id = ${c.storeId} and variant_id = ${c.variantId} returning on_hand, reserved`,
    )
    const change: Change = {
      storeId: c.storeId,
      variantId: c.variantId,
      kind: 'count_adjustment',
      delta: variance,
      reason: `cycle count: counted ${c.counted}, system ${before.onHand}`,
      actor: c.actor,
      reference: c.reference,
    }
    return { ...(await record(tx, change, level(c.storeId, c.variantId, updated))), variance }
  })
}

/** Moves stock between stores in one transaction: out of one and into the other, or neither. */
export async function transferStock(db: Db, input: StockTransferInput): Promise<{ out: MovementRecord; in: MovementRecord }> {
  const t = StockTransferInput.parse(input)
  const reason = `transfer ${t.fromStoreId} → ${t.toStoreId}`
  return db.transaction(async (x) => {
    const tx = x as unknown as Db
    const out = () => apply(tx, { storeId: t.fromStoreId, variantId: t.variantId, kind: 'transfer_out', delta: -t.quantity, reason, actor: t.actor, reference: t.reference })
    const inn = () => apply(tx, { storeId: t.toStoreId, variantId: t.variantId, kind: 'transfer_in', delta: t.quantity, reason, actor: t.actor, reference: t.reference })
    // Rows are locked in store-id order, so two opposite transfers cannot deadlock.
    if (t.fromStoreId < t.toStoreId) {
      const o = await out()
      return { out: o, in: await inn() }
    }
    const i = await inn()
    return { out: await out(), in: i }
  })
}
