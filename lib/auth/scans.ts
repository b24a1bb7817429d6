// The browser's scan history, as the sign-in page sends it, in the shape the visitor merge takes.
import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { rows } from '../db/rows'
import { MAX_MERGED_SCANS, type ScanInput } from '../identity/scans'

const text = (v: unknown, max: number) => (typeof v === 'string' && v.length > 0 && v.length <= max ? v : undefined)

/**
 * The browser knows the product of a scan by its handle (that is what its links use); the member's
 * history keeps the product id. Unknown handles and malformed entries pass through without one:
 * the merge drops what it cannot keep.
 */
export async function scansForMerge(db: Db, raw: unknown[]): Promise<ScanInput[]> {
  const entries = raw.slice(0, MAX_MERGED_SCANS * 2).filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
  const handles = [...new Set(entries.map((e) => text(e.handle, 120)).filter((h): h is string => !!h))]
  const ids = new Map<string, string>()
  if (handles.length) {
    const found = await rows<{ id: string; handle: string }>(db, sql`select id, handle from products where handle in (${sql.join(handles.map((h) => sql`${h}`), sql`, `)})`)
    for (const p of found) ids.set(p.handle, p.id)
  }
  return entries.map((e) => ({
    code: typeof e.code === 'string' ? e.code : '',
    productId: text(e.productId, 60) ?? ids.get(text(e.handle, 120) ?? '') ?? null,
    scannedAt: typeof e.scannedAt === 'string' ? e.scannedAt : '',
  }))
}
