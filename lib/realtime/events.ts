import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { iso, num, rows } from '../db/rows'
import { RESERVATION_CHANGED, STOCK_CHANGED, type LiveEvent, type StreamFilter } from './filter'

type EventRow = { id: number | string; type: string; store_id: string | null; payload: unknown; created_at: unknown }

const toEvent = (r: EventRow): LiveEvent => ({
  id: num(r.id),
  type: r.type,
  storeId: r.store_id,
  payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
  createdAt: iso(r.created_at),
})

const inList = (column: SQL, values: string[]) =>
  values.length === 0 ? sql`false` : sql`${column} in (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`

/** Events after `after`, plus any of `ids` (late commits below it), in id order. */
export async function eventsAfter(db: Db, after: number, ids: number[] = [], limit = 1000): Promise<LiveEvent[]> {
  const extra = ids.length > 0 ? sql` or id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})` : sql``
  const found = await rows<EventRow>(
    db,
    sql`select id, type, store_id, payload, created_at from events where id > ${after}${extra} order by id limit ${limit}`,
  )
  return found.map(toEvent)
}

/** The same rule as `matches`, in SQL, so a replay's limit counts only what the subscriber wants. */
function filterSql(f: StreamFilter): SQL {
  const stock = [sql`type = ${STOCK_CHANGED}`]
  if (f.storeIds) stock.push(inList(sql`store_id`, f.storeIds))
  if (f.variantIds) stock.push(inList(sql`payload->>'variantId'`, f.variantIds))
  const reservation = [inList(sql`payload->>'reservationId'`, f.reservationIds ?? []), inList(sql`store_id`, f.staffStoreIds ?? [])]
  return sql`((${sql.join(stock, sql` and `)}) or (type = ${RESERVATION_CHANGED} and (${sql.join(reservation, sql` or `)})))`
}

/** Matching events in (after, upTo], oldest first, at most `limit`. */
export async function matchingEvents(db: Db, filter: StreamFilter, after: number, upTo: number, limit: number): Promise<LiveEvent[]> {
  const found = await rows<EventRow>(
    db,
    sql`select id, type, store_id, payload, created_at from events
        where id > ${after} and id <= ${upTo} and ${filterSql(filter)} order by id limit ${limit}`,
  )
  return found.map(toEvent)
}

export async function newestEventId(db: Db): Promise<number> {
  const [row] = await rows<{ id: number | string }>(db, sql`select coalesce(max(id), 0) as id from events`)
  return num(row.id)
}

/**
 * Where a page's live client should resume, so no change between the page's data and its stream
 * is lost: the newest event a few seconds old (stock answers are cached for under a second; a
 * change replayed twice is harmless, a change missed shows a wrong count until the next one).
 */
export async function resumeCursor(db: Db, marginMs = 5_000): Promise<number> {
  const [row] = await rows<{ id: number | string }>(
    db,
    sql`select coalesce(max(id), 0) as id from events where created_at < now() - make_interval(secs => ${marginMs / 1000})`,
  )
  return num(row.id)
}
