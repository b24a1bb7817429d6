import Link from 'next/link'
import type { Store } from '@/lib/stores/schemas'
import { formatDistance } from './format-distance'
import { OpenStatus } from './open-status'
import { SetStoreButton } from './set-store-button'
import { StoreAddress } from './store-address'

type StoreCardProps = {
  store: Store
  isMyStore: boolean
  action: (formData: FormData) => Promise<void>
}

export function StoreCard({ store, isMyStore, action }: StoreCardProps) {
  return (
    <article
      className={`flex h-full flex-col gap-3 rounded-xl border bg-surface p-4 ${isMyStore ? 'border-accent ring-1 ring-accent' : 'border-line'}`}
    >
      <div>
        <h2 className="text-base font-semibold">
          <Link href={`/stores/${store.slug}`} className="underline-offset-4 hover:underline">
            {store.name}
          </Link>
        </h2>
        {store.distanceKm !== null && (
          <p className="text-xs text-muted">{formatDistance(store.distanceKm)} away</p>
        )}
      </div>
      <OpenStatus open={store.openNow.open} label={store.openNow.label} />
      <StoreAddress store={store} />
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
        <SetStoreButton storeId={store.id} storeName={store.name} current={isMyStore} action={action} />
        <Link href={`/stores/${store.slug}`} className="inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
          Hours & details<span className="sr-only"> for {store.name}</span>
        </Link>
      </div>
    </article>
  )
}
