import type { StockStatus } from '@/lib/inventory/schemas'
import { stockLabel } from './stock-label'

const tones: Record<StockStatus, string> = {
  in_stock: 'bg-ok-soft text-ok',
  low: 'bg-warn-soft text-warn',
  out: 'bg-sunken text-muted',
}

export function StockBadge({ status, available }: { status: StockStatus; available: number }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ${tones[status]}`}>
      <span aria-hidden="true" className="size-1.5 rounded-full bg-current" />
      {stockLabel({ status, available })}
    </span>
  )
}
