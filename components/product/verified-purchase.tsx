import { CheckIcon } from '@/components/ui/icons'

/** The mark on a review whose author bought the item from us. */
export function VerifiedPurchase() {
  return (
    <span className="inline-flex items-center gap-1 text-ok">
      <CheckIcon className="size-3.5" />
      Verified purchase
    </span>
  )
}
