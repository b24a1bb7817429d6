import type { Metadata } from 'next'
import { getDb } from '@/lib/db'
import { LatLngQuery, listStores } from '@/lib/stores'
import { NearestStoresButton } from '@/components/store/nearest-stores-button'
import { StoreCard } from '@/components/store/store-card'
import { Container } from '@/components/ui/container'
import { setMyStore } from '../_actions/store'
import { getMyStore } from '../_data/shop'

export const metadata: Metadata = {
  title: 'Find a store',
  description: 'Aisle stores in and around Chicago: addresses, phone numbers and opening hours. Pick your store to see its stock.',
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function StoresPage({ searchParams }: PageProps<'/stores'>) {
  const sp = await searchParams
  // A malformed location is ignored: the list falls back to A–Z rather than failing.
  const parsed = LatLngQuery.safeParse({ lat: first(sp.lat), lng: first(sp.lng) })
  const origin = parsed.success ? parsed.data : {}
  const [stores, myStore] = await Promise.all([listStores(await getDb(), origin), getMyStore()])
  const sorted = origin.lat !== undefined
  return (
    <Container className="py-6 sm:py-8">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Find a store</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted sm:text-base">
        {stores.length} stores{sorted ? ', nearest first' : ''}. Set one as your store to see what is on its shelves — and
        in which aisle — on every product.
      </p>
      <div className="mt-4">
        <NearestStoresButton sorted={sorted} />
      </div>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {stores.map((s) => (
          <li key={s.id}>
            <StoreCard store={s} isMyStore={s.id === myStore?.id} action={setMyStore} />
          </li>
        ))}
      </ul>
    </Container>
  )
}
