import type { Money } from '@/lib/catalog/schemas'

type SaleBadgeProps = { price: Money; compareAtPrice: Money | null; className?: string }

export function SaleBadge({ price, compareAtPrice, className = '' }: SaleBadgeProps) {
  if (!compareAtPrice || compareAtPrice.amount <= price.amount) return null
  const percent = Math.round((1 - price.amount / compareAtPrice.amount) * 100)
  return (
    <span className={`rounded-full bg-sale px-2.5 py-1 text-xs font-semibold text-white ${className}`.trim()}>
      {percent}% off
    </span>
  )
}
