import type { ReservationStatus } from '@/lib/db/schema'

const chips: Record<ReservationStatus, { label: string; tone: string }> = {
  held: { label: 'Not confirmed', tone: 'bg-sunken text-muted' },
  pending: { label: 'To pick', tone: 'bg-accent-soft text-accent' },
  ready: { label: 'Ready', tone: 'bg-ok-soft text-ok' },
  attention: { label: 'Needs attention', tone: 'bg-warn-soft text-warn' },
  collected: { label: 'Collected', tone: 'bg-sunken text-ink' },
  cancelled: { label: 'Cancelled', tone: 'bg-sale-soft text-sale' },
  expired: { label: 'Expired', tone: 'bg-sunken text-muted' },
}

export function StatusChip({ status }: { status: ReservationStatus }) {
  const c = chips[status]
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap ${c.tone}`}>{c.label}</span>
}
