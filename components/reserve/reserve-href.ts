// Pure, and light enough for the browser: the reserve page's address, and how many of one item a
// shopper may hold.

import { MAX_LINE_QUANTITY } from '@/lib/reservations/policy'

/** The most of one item a reservation takes. */
export const MAX_QUANTITY = MAX_LINE_QUANTITY

export type ReserveTarget = { handle: string; color?: string | null; size?: string | null; store?: string | null }

/** `/reserve?handle=…&color=…&size=…&store=…`: readable, so a shared or bookmarked link still works. */
export function reserveHref({ handle, color, size, store }: ReserveTarget): string {
  const qs = new URLSearchParams({ handle })
  if (color) qs.set('color', color)
  if (size) qs.set('size', size)
  if (store) qs.set('store', store)
  return `/reserve?${qs}`
}

/** 1 … min(5, available): never more than one reservation may hold, never more than the shelf has. */
export function quantityChoices(available: number): number[] {
  const most = Math.min(MAX_QUANTITY, Math.max(0, Math.floor(available)))
  return Array.from({ length: most }, (_, i) => i + 1)
}
