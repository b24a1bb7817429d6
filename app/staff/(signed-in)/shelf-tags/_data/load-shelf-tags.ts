import type { ShelfTagOutcome } from '@/components/shelf-tag/shelf-tag-results'
import type { Db } from '@/lib/db'
import { listShelfTags, ShelfTagQuery, UnknownStore } from '@/lib/shelf-tags'
import { siteUrl } from '@/app/site-url'

export type ShelfTagParams = { store?: string; category?: string; q?: string; sku?: string }

/** Parses the request, asks lib for the labels, and turns every expected failure into a message. */
export async function loadShelfTags(db: Db, params: ShelfTagParams): Promise<ShelfTagOutcome> {
  if (!params.store?.trim()) return { kind: 'pick-store' }
  const parsed = ShelfTagQuery.safeParse({ storeId: params.store, categorySlug: params.category, q: params.q, sku: params.sku })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return issue.path[0] === 'storeId' ? { kind: 'unknown-store', storeId: params.store } : { kind: 'invalid', message: issue.message }
  }
  try {
    const list = await listShelfTags(db, parsed.data, { origin: siteUrl })
    return { kind: 'labels', list, q: parsed.data.q, sku: parsed.data.sku }
  } catch (e) {
    if (e instanceof UnknownStore) return { kind: 'unknown-store', storeId: params.store }
    throw e
  }
}
