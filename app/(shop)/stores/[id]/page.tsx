import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getDb } from '@/lib/db'
import { getStore } from '@/lib/stores'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { HoursTable } from '@/components/store/hours-table'
import { OpenStatus } from '@/components/store/open-status'
import { SetStoreButton } from '@/components/store/set-store-button'
import { StoreAddress } from '@/components/store/store-address'
import { StoreJsonLd } from '@/components/store/store-json-ld'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { siteUrl } from '../../../site-url'
import { setMyStore } from '../../_actions/store'
import { getMyStore } from '../../_data/shop'

export async function generateMetadata({ params }: PageProps<'/stores/[id]'>): Promise<Metadata> {
  const store = await getStore(await getDb(), (await params).id)
  if (!store) return { title: 'Store not found' }
  return {
    title: store.name,
    description: `${store.name}, ${store.address.line1}, ${store.address.city}. Opening hours, phone and directions.`,
    alternates: { canonical: `/stores/${store.slug}` },
  }
}

export default async function StorePage({ params }: PageProps<'/stores/[id]'>) {
  const [store, myStore] = await Promise.all([getStore(await getDb(), (await params).id), getMyStore()])
  if (!store) notFound()
  const isMyStore = store.id === myStore?.id
  return (
    <Container className="py-4 sm:py-6">
      <StoreJsonLd store={store} url={new URL(`/stores/${store.slug}`, siteUrl).toString()} />
      <Breadcrumbs items={[{ label: 'Stores', href: '/stores' }, { label: store.name }]} />
      <div className="mt-2 grid gap-8 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{store.name}</h1>
          <OpenStatus open={store.openNow.open} label={store.openNow.label} />
          <StoreAddress store={store} />
          <div className="flex flex-wrap gap-3">
            <SetStoreButton storeId={store.id} storeName={store.name} current={isMyStore} action={setMyStore} />
            <Link href={`/search?inStockAt=${encodeURIComponent(store.id)}`} className={buttonClass('ghost')}>
              See what’s in stock here
            </Link>
          </div>
        </div>
        <section aria-labelledby="hours-heading" className="rounded-xl border border-line bg-surface p-4">
          <h2 id="hours-heading" className="mb-3 text-lg font-semibold">
            Opening hours
          </h2>
          <HoursTable store={store} />
          <p className="mt-3 text-xs text-muted">Times are local to the store.</p>
        </section>
      </div>
    </Container>
  )
}
