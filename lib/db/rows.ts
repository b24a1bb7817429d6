import type { SQL } from 'drizzle-orm'
import type { Db } from './client'

/** Rows of a raw query. Both drivers return `{ rows }`; numeric and bigint columns may arrive as strings. */
export async function rows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] }
  return result.rows
}

export const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v))
export const iso = (v: unknown): string => (v instanceof Date ? v : new Date(String(v))).toISOString()
