import Link from 'next/link'
import type { Store } from '@/lib/stores/schemas'
import { ChevronDownIcon, PinIcon } from '@/components/ui/icons'
import { SetStoreButton } from './set-store-button'

type StorePickerProps = {
  myStore: Store | null
  stores: Store[]
  action: (formData: FormData) => Promise<void>
}

/** A disclosure, not a modal: it needs no script and the page stays usable around it. */
export function StorePicker({ myStore, stores, action }: StorePickerProps) {
  return (
    <details className="group relative">
      <summary className="flex min-h-11 max-w-[9.5rem] items-center gap-1.5 rounded-full px-2 text-sm font-medium text-ink hover:bg-sunken sm:max-w-xs sm:px-3">
        <PinIcon className="size-5 shrink-0 text-accent" />
        <span className="truncate">
          <span className="sr-only">My store: </span>
          {myStore ? (
            myStore.name
          ) : (
            <>
              {/* A phone's header has room for a word, not a phrase. */}
              <span className="sm:hidden">Store</span>
              <span className="max-sm:hidden">Choose a store</span>
            </>
          )}
        </span>
        <ChevronDownIcon className="size-4 shrink-0 transition-transform group-open:rotate-180" />
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-xl border border-line bg-surface p-2 shadow-lg">
        <p className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">Pick your store</p>
        <ul className="max-h-80 overflow-y-auto">
          {stores.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-3 rounded-lg px-3 py-2 hover:bg-bg">
              <div className="min-w-0">
                <p className="truncate text-sm font-semibold">{s.name}</p>
                <p className="truncate text-xs text-muted">
                  {s.address.city} · {s.openNow.label}
                </p>
              </div>
              <SetStoreButton storeId={s.id} storeName={s.name} current={s.id === myStore?.id} action={action} compact />
            </li>
          ))}
        </ul>
        <Link
          href="/stores"
          className="mt-1 flex min-h-11 items-center justify-center rounded-lg text-sm font-semibold text-accent hover:bg-bg"
        >
          See all stores and hours
        </Link>
      </div>
    </details>
  )
}
