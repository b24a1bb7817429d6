import type { StockSummary } from '@/lib/inventory/stock-status'

export function stockLabel({ status, available }: Pick<StockSummary, 'status' | 'available'>): string {
  if (status === 'out') return 'Out of stock'
  if (status === 'low') return available === 1 ? 'Only 1 left' : `Only ${available} left`
  return 'In stock'
}
