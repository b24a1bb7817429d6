import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { num, rows } from '../db/rows'
import type { MovementKind } from '../db/schema'
import { DomainError } from '../errors'

/** The channel every app instance LISTENs on; the payload is the new event's id. */
export const EVENTS_CHANNEL = 'aisle_events'

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

/**
 * One ledger row. `delta` is the signed change of on_hand, except for `hold` and `release`, whose
 * delta is the change of reserved; a `commit` (a held unit handed over) lowers both by -delta.
 */
export type Change = { storeId: string; variantId: string; kind: MovementKind; delta: number; reason: string; actor: string; reference?: string | null }
type LevelRow = { on_hand: number | string; reserved: number | string }

export const toLevel = (storeId: string, variantId: string, r: LevelRow): StockLevel => {
  const onHand = num(r.on_hand)
  const reserved = num(r.reserved)
  return { storeId, variantId, onHand, reserved, available: onHand - reserved }
}

/** The level, locked for the rest of the transaction. */
export async function lockLevel(tx: Db, storeId: string, variantId: string): Promise<StockLevel> {
  const [current] = await rows<LevelRow>(
    tx,
    sql`select on_hand, reserved from inventory_levels where store_id = ${storeId} and variant_id = ${variantId} for update`,
  )
  if (!current) throw new UnknownStockLevel(storeId, variantId)
  return toLevel(storeId, variantId, current)
}

/** Appends an outbox event and NOTIFYs its id; inside a transaction the notification goes out at commit, never on rollback. */
export async function emitEvent(tx: Db, type: string, storeId: string | null, payload: Record<string, unknown>): Promise<number> {
  const [event] = await rows<{ id: number | string }>(
    tx,
    sql`with ev as (insert into events (type, store_id, payload) values (${type}, ${storeId}, ${JSON.stringify(payload)}::jsonb) returning id)
        select id, pg_notify(${EVENTS_CHANNEL}, id::text) from ev`,
  )
  return num(event.id)
}

/**
 * Applies a change to a level, writes its ledger row and its `stock.changed` event, and NOTIFYs —
 * in ONE statement (data-modifying CTEs), so the hot path of a sale or a hold is a single round
 * trip. `update` is the conditional UPDATE … RETURNING on_hand, reserved; when its condition
 * fails nothing is written and the caller learns why.
 */
async function updated(tx: Db, c: Change, update: SQL): Promise<MovementRecord> {
  const [row] = await rows<{ on_hand: number | string; reserved: number | string; movement_id: number | string; event_id: number | string }>(
    tx,
    sql`with lvl as (${update}),
        mv as (
          insert into inventory_movements (store_id, variant_id, kind, quantity, reason, actor, reference)
          select ${c.storeId}::text, ${c.variantId}::text, ${c.kind}::text, ${c.delta}::int, ${c.reason}::text, ${c.actor}::text, ${c.reference ?? null}::text from lvl
          returning id
        ),
        ev as (
          insert into events (type, store_id, payload)
          select 'stock.changed', ${c.storeId}::text, jsonb_build_object(
            'variantId', ${c.variantId}::text, 'kind', ${c.kind}::text, 'quantity', ${c.delta}::int,
            'onHand', lvl.on_hand, 'reserved', lvl.reserved, 'available', lvl.on_hand - lvl.reserved, 'movementId', mv.id)
          from lvl, mv
          returning id
        )
        select lvl.on_hand, lvl.reserved, mv.id as movement_id, ev.id as event_id, pg_notify(${EVENTS_CHANNEL}, ev.id::text)
        from lvl, mv, ev`,
  )
  if (!row) {
    const [current] = await rows<LevelRow>(tx, sql`select on_hand, reserved from inventory_levels where store_id = ${c.storeId} and variant_id = ${c.variantId}`)
    if (!current) throw new UnknownStockLevel(c.storeId, c.variantId)
    throw new InsufficientStock(c.storeId, c.variantId, toLevel(c.storeId, c.variantId, current).available, Math.abs(c.delta))
  }
  return { movementId: num(row.movement_id), eventId: num(row.event_id), kind: c.kind, quantity: c.delta, level: toLevel(c.storeId, c.variantId, row) }
}

/**
 * Changes on hand. A decrease is a conditional UPDATE on what is available (on hand minus held),
 * so concurrent sales of the last unit cannot both succeed and available never goes negative.
 */
export function changeOnHand(tx: Db, c: Change): Promise<MovementRecord> {
  const where = sql`store_id = ${c.storeId} and variant_id = ${c.variantId}`
  return updated(
    tx,
    c,
    c.delta < 0
      ? sql`update inventory_levels set on_hand = on_hand + ${c.delta}, updated_at = now() where ${where} and on_hand - reserved >= ${-c.delta} returning on_hand, reserved`
      : sql`update inventory_levels set on_hand = on_hand + ${c.delta}, updated_at = now() where ${where} returning on_hand, reserved`,
  )
}

/** Sets on hand to a counted figure (the caller has locked the level and made room for what is held). */
export function setOnHand(tx: Db, c: Change, counted: number): Promise<MovementRecord> {
  return updated(
    tx,
    c,
    sql`update inventory_levels set on_hand = ${counted}, updated_at = now()
        where store_id = ${c.storeId} and variant_id = ${c.variantId} and reserved <= ${counted} returning on_hand, reserved`,
  )
}

/** Holds `quantity` units for a reservation: only out of what is available, atomically. */
export function hold(tx: Db, c: Omit<Change, 'kind' | 'delta'> & { quantity: number }): Promise<MovementRecord> {
  const change: Change = { ...c, kind: 'hold', delta: c.quantity }
  return updated(
    tx,
    change,
    sql`update inventory_levels set reserved = reserved + ${c.quantity}, updated_at = now()
        where store_id = ${c.storeId} and variant_id = ${c.variantId} and on_hand - reserved >= ${c.quantity} returning on_hand, reserved`,
  )
}

/** Gives held units back to what is available. */
export function release(tx: Db, c: Omit<Change, 'kind' | 'delta'> & { quantity: number }): Promise<MovementRecord> {
  const change: Change = { ...c, kind: 'release', delta: -c.quantity }
  return updated(
    tx,
    change,
    sql`update inventory_levels set reserved = reserved - ${c.quantity}, updated_at = now()
        where store_id = ${c.storeId} and variant_id = ${c.variantId} and reserved >= ${c.quantity} returning on_hand, reserved`,
  )
}

/** Held units leave the store with their shopper: on hand and held both go down. */
export function commitHeld(tx: Db, c: Omit<Change, 'kind' | 'delta'> & { quantity: number }): Promise<MovementRecord> {
  const change: Change = { ...c, kind: 'commit', delta: -c.quantity }
  return updated(
    tx,
    change,
    sql`update inventory_levels set on_hand = on_hand - ${c.quantity}, reserved = reserved - ${c.quantity}, updated_at = now()
        where store_id = ${c.storeId} and variant_id = ${c.variantId} and reserved >= ${c.quantity} returning on_hand, reserved`,
  )
}

/** PostgreSQL's deadlock and serialization failures: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001'])

/** Runs a write transaction, again (up to 4 times) when PostgreSQL aborted it for a deadlock. */
export async function writeTx<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => work(tx as unknown as Db))
    } catch (e) {
      const code = (e as { code?: string }).code ?? ((e as { cause?: { code?: string } }).cause?.code)
      if (attempt >= 4 || !code || !RETRYABLE.has(code)) throw e
      await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20))
    }
  }
}
