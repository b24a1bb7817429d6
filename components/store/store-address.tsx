import type { Store } from '@/lib/stores/schemas'
import { PhoneIcon } from '@/components/ui/icons'

export function StoreAddress({ store }: { store: Store }) {
  const { address } = store
  return (
    <div className="flex flex-col gap-1 text-sm">
      <address className="not-italic">
        {address.line1}
        <br />
        {address.city}, {address.region} {address.postalCode}
      </address>
      <a
        href={`tel:${store.phone.replace(/[^\d+]/g, '')}`}
        className="inline-flex min-h-11 items-center gap-1.5 self-start font-medium text-accent hover:underline"
      >
        <PhoneIcon className="size-4" />
        <span className="sr-only">Call </span>
        {store.phone}
      </a>
    </div>
  )
}
