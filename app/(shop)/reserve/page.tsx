import { randomUUID } from 'node:crypto'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getDb } from '@/lib/db'
import { getAvailability } from '@/lib/inventory'
import { HOLD_MINUTES, PICKUP_DAYS } from '@/lib/reservations'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { productHref, readSelection } from '@/components/product/selection'
import { ItemSummary } from '@/components/reserve/item-summary'
import { ReserveForm, type StoreChoice } from '@/components/reserve/reserve-form'
import { SizeChoice } from '@/components/reserve/size-choice'
import { formatDistance } from '@/components/store/format-distance'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { getProductByHandle } from '../_data/product'
import { getMyStore } from '../_data/shop'
import { holdForPickup } from './_actions/hold'

export const metadata: Metadata = {
  title: 'Reserve for pickup',
  description: 'Reserve an item at an Aisle store near you: free, and you pay when you pick it up.',
  robots: { index: false, follow: true },
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function ReservePage({ searchParams }: PageProps<'/reserve'>) {
  const sp = await searchParams
  const handle = first(sp.handle)
  if (!handle) notFound()
  const [product, myStore] = await Promise.all([getProductByHandle(handle), getMyStore()])
  if (!product) notFound()
  const { color, size } = readSelection(product, first(sp.color), first(sp.size))
  // With a store chosen the list starts there and runs outwards from it.
  const availability = await getAvailability(await getDb(), handle, myStore ? { storeId: myStore.id, ...myStore.location } : {})
  if (!availability) notFound()

  const sized = product.sizes.length > 0
  const variant = product.variants.find((v) => v.colorCode === color.code && (sized ? v.size === size : true))
  const image = product.images.find((i) => i.colorCode === color.code) ?? color.image
  const requestedStore = first(sp.store) ?? null
  const back = productHref(product.handle, { color: color.code, size })

  const stockAt = (variantId: string) =>
    availability.stores.map(({ store, variants }) => ({ store, available: variants.find((v) => v.variantId === variantId)?.available ?? 0 }))

  let body: React.ReactNode
  if (!variant) {
    const sizes = product.sizes.map((s) => {
      const v = product.variants.find((x) => x.colorCode === color.code && x.size === s)
      return { size: s, stores: v ? stockAt(v.id).filter((x) => x.available > 0).length : 0 }
    })
    body = <SizeChoice handle={product.handle} colorCode={color.code} store={requestedStore} sizes={sizes} />
  } else {
    const rows = stockAt(variant.id)
    // My store first, then every store that has it (nearest first), then those that do not.
    const ordered = [
      ...rows.filter((r) => r.store.id === myStore?.id),
      ...rows.filter((r) => r.store.id !== myStore?.id && r.available > 0),
      ...rows.filter((r) => r.store.id !== myStore?.id && r.available <= 0),
    ]
    const stores: StoreChoice[] = ordered.map(({ store, available }) => ({
      id: store.id,
      name: store.name,
      detail: [store.distanceKm !== null && store.id !== myStore?.id ? formatDistance(store.distanceKm) : null, store.openNow.label].filter(Boolean).join(' · '),
      available,
      isMyStore: store.id === myStore?.id,
    }))
    const withStock = stores.filter((s) => s.available > 0)
    const idOf = (ref: string | null | undefined) => ordered.find((r) => r.store.id === ref || r.store.slug === ref)?.store.id
    // Only a store the shopper named (the link, or their store) is chosen for them.
    const defaultStoreId = [idOf(requestedStore), myStore?.id].find((id) => withStock.some((s) => s.id === id)) ?? null
    body =
      withStock.length === 0 ? (
        <div className="rounded-xl border border-line bg-surface p-4">
          <h2 className="text-base font-semibold">Out of stock in every store</h2>
          <p className="mt-1 text-sm text-muted">No store has {variantText(color.name, size)} right now. Another colour or size may be in stock.</p>
          <Link href={back} className={buttonClass('secondary', 'mt-3')}>
            Back to {product.name}
          </Link>
        </div>
      ) : (
        <ReserveForm
          key={`${variant.id}|${requestedStore ?? ''}`}
          action={holdForPickup}
          idempotencyKey={randomUUID()}
          variantId={variant.id}
          stores={stores}
          defaultStoreId={defaultStoreId}
          target={{ handle: product.handle, color: color.code, size }}
          holdMinutes={HOLD_MINUTES}
          pickupDays={PICKUP_DAYS}
        />
      )
  }

  return (
    <Container className="py-4 sm:py-6">
      <Breadcrumbs items={[{ label: product.name, href: back }, { label: 'Reserve for pickup' }]} />
      <div className="mx-auto mt-2 flex max-w-xl flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Reserve for pickup</h1>
          <p className="mt-1 text-sm text-muted">Free to reserve. Pay in store when you collect.</p>
        </div>
        <ItemSummary
          brand={product.brand}
          name={product.name}
          colorName={color.name}
          size={size}
          image={image}
          price={product.price}
          compareAtPrice={product.compareAtPrice}
          changeHref={back}
        />
        {body}
      </div>
    </Container>
  )
}

function variantText(colorName: string, size: string | null) {
  return size ? `${colorName} in size ${size}` : colorName
}
