import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getDb } from '@/lib/db'
import { InvalidCursor, listReviews, type ProductDetail } from '@/lib/catalog'
import { getAvailability } from '@/lib/inventory'
import { inStoreView } from '@/lib/inventory/in-store'
import { resumeCursor } from '@/lib/realtime'
import { clockAt } from '@/lib/stores'
import { Breadcrumbs } from '@/components/layout/breadcrumbs'
import { LiveAge } from '@/components/live/live-age'
import { selection, stockCells } from '@/components/live/stock-cells'
import { forColor } from '@/components/product/availability-rows'
import { ColorSwatches } from '@/components/product/color-swatches'
import { InStoreNearby } from '@/components/product/in-store-nearby'
import { InStorePanel } from '@/components/product/in-store-panel'
import { InStoreReviews } from '@/components/product/in-store-reviews'
import { InStoreScanned } from '@/components/product/in-store-scanned'
import { LiveSizeChip } from '@/components/product/live-size-chip'
import { storesNote } from '@/components/product/size-chip-text'
import { MyStoreStock } from '@/components/product/my-store-stock'
import { NearbyAvailability } from '@/components/product/nearby-availability'
import { ProductDetails } from '@/components/product/product-details'
import { ProductGallery } from '@/components/product/product-gallery'
import { ModelViewer } from '@/components/three/model-viewer'
import { ViewInRoom } from '@/components/three/room/view-in-room'
import { placesInRoom } from '@/lib/models/room'
import { modelForProduct } from '@/lib/models/lookup'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { CameraIcon } from '@/components/try-on/camera-icon'
import { ProductJsonLd } from '@/components/product/product-json-ld'
import { ReserveEntry } from '@/components/reserve/reserve-entry'
import { ReviewsSection } from '@/components/product/reviews-section'
import { SaleBadge } from '@/components/product/sale-badge'
import { productHref, readSelection } from '@/components/product/selection'
import { SizeSelector, type SizeOption } from '@/components/product/size-selector'
import { summarizeStock } from '@/lib/inventory/stock-status'
import { Container } from '@/components/ui/container'
import { Price } from '@/components/ui/price'
import { Rating } from '@/components/ui/stars'
import { siteUrl } from '../../../site-url'
import { getProductByHandle } from '../../_data/product'
import { getMyStore } from '../../_data/shop'
import { getMember, getVisitorId } from '../../_data/member'
import { isSaved } from '@/lib/wishlist'
import { WishlistHeart } from '@/components/wishlist/wishlist-heart'
import { wishlistFormAction } from '../../account/wishlist/_actions/wishlist'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

async function loadReviews(handle: string, cursor: string | undefined) {
  const db = await getDb()
  try {
    return { page: await listReviews(db, handle, { cursor, limit: 5 }), paged: !!cursor }
  } catch (error) {
    // A stale review link shows the newest reviews rather than an error.
    if (error instanceof InvalidCursor) return { page: await listReviews(db, handle, { limit: 5 }), paged: false }
    throw error
  }
}

function imagesFor(product: ProductDetail, colorCode: string) {
  return product.images.filter((i) => i.colorCode === colorCode).sort((a, b) => a.position - b.position)
}

export async function generateMetadata({ params, searchParams }: PageProps<'/p/[handle]'>): Promise<Metadata> {
  const product = await getProductByHandle((await params).handle)
  if (!product) return { title: 'Product not found' }
  const { color } = readSelection(product, first((await searchParams).color))
  const image = imagesFor(product, color.code)[0] ?? color.image
  return {
    title: `${product.name} by ${product.brand}`,
    description: product.description.slice(0, 160),
    alternates: { canonical: `/p/${product.handle}` },
    openGraph: {
      title: product.name,
      description: product.description.slice(0, 160),
      url: `/p/${product.handle}`,
      images: [{ url: image.url, width: image.width, height: image.height, alt: image.alt }],
    },
  }
}

export default async function ProductPage({ params, searchParams }: PageProps<'/p/[handle]'>) {
  const { handle } = await params
  const sp = await searchParams
  const db = await getDb()
  const [product, myStore, member, visitorId] = await Promise.all([getProductByHandle(handle), getMyStore(), getMember(), getVisitorId()])
  if (!product) notFound()

  const { color, size } = readSelection(product, first(sp.color), first(sp.size))
  const via = first(sp.via)
  const scanned = via === 'tag' || via === 'scan'
  const owner = member ? ({ kind: 'member', memberId: member.memberId } as const) : visitorId ? ({ kind: 'visitor', visitorId } as const) : null
  const [since, availability, reviews, saved] = await Promise.all([
    // Where the live feed resumes from: a few seconds before the stock is read, so no change in between is missed.
    resumeCursor(db),
    // With a store chosen, "nearby" is measured from that store, not from where the shopper lives.
    getAvailability(db, handle, myStore ? { storeId: myStore.id, ...myStore.location } : {}),
    loadReviews(handle, first(sp.reviews)),
    owner ? isSaved(db, owner, product.id) : false,
  ])
  if (!availability || !reviews.page) notFound()
  const inStore = myStore
    ? inStoreView(availability, {
        storeId: myStore.id,
        colorCodes: product.colors.map((c) => c.code),
        sizes: product.sizes,
        colorCode: color.code,
        size,
      })
    : null

  const oneSize = product.sizes.length === 0
  const images = imagesFor(product, color.code)
  const baseHref = productHref(product.handle, { color: color.code, size })
  const storesWith = (colorCode: string, s: string | null) =>
    availability.stores.filter((a) => summarizeStock(a.variants, colorCode, s).available > 0).length
  const variantLabel = oneSize ? color.name : size ? `${color.name}, size ${size}` : `${color.name}, any size`
  const inStock = new Set(
    availability.stores.flatMap((a) => a.variants.filter((v) => v.available > 0).map((v) => v.variantId)),
  )
  const absolute = (path: string) => new URL(path, siteUrl).toString()
  const model = modelForProduct(product.images.map((i) => i.url), product.colors.map((c) => c.code))
  // Glasses and hats can be tried on the face (app/try-on); the colour goes along.
  const tryOn = !!model && (model.spec.group === 'eyewear' || model.spec.group === 'hat')

  const gallery = (
    <div className={`lg:sticky lg:top-4 lg:self-start ${inStore ? 'lg:col-start-1 lg:row-span-2 lg:row-start-1' : ''}`}>
      <div className="relative">
        <ProductGallery images={images} productName={product.name} colorName={color.name} />
        <SaleBadge
          price={product.price}
          compareAtPrice={product.compareAtPrice}
          className="pointer-events-none absolute top-3 left-3"
        />
      </div>
      {model && (
        <div className="mt-6">
          <ModelViewer glb={model.glb} posters={model.posters} variant={color.code} productName={product.name} colorName={color.name} />
          {placesInRoom(model.spec.group) && (
            <ViewInRoom
              glb={model.glb}
              usdz={model.usdzByColor[color.code] ?? model.usdz}
              poster={model.posters[color.code]}
              variant={color.code}
              productName={product.name}
              colorName={color.name}
              handle={product.handle}
            />
          )}
        </div>
      )}
    </div>
  )
  const heading = (
    <div>
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">{product.brand}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{product.name}</h1>
      <a href="#reviews" className="mt-2 inline-flex min-h-11 items-center hover:underline">
        <Rating average={product.rating.average} count={product.rating.count} />
      </a>
      <Price price={product.price} compareAtPrice={product.compareAtPrice} size="lg" />
      <div className="mt-3">
        <WishlistHeart productId={product.id} color={color.code} initialSaved={saved} member={!!member} action={wishlistFormAction} back={baseHref} />
      </div>
      {tryOn && (
        <Link href={`/try-on/${product.handle}?color=${encodeURIComponent(color.code)}`} className={buttonClass('secondary', 'mt-3')} prefetch={false}>
          <CameraIcon /> Try on with your camera
        </Link>
      )}
      {scanned && <InStoreScanned />}
    </div>
  )

  return (
    <Container className="py-4 sm:py-6">
      <ProductJsonLd
        product={product}
        url={absolute(`/p/${product.handle}`)}
        imageUrls={images.map((i) => absolute(i.url))}
        inStock={inStock}
        variantUrl={(v) => absolute(productHref(product.handle, { color: v.colorCode, size: v.size }))}
      />
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: product.category.name, href: `/c/${product.category.slug}` },
          { label: product.name },
        ]}
      />
      {inStore ? (
        // Desktop: gallery left across both rows. Phone: a shopper who just scanned holds the item,
        // so the shelf answer comes before the photos; one who only chose a store sees photos first.
        <div className="mt-2 grid gap-6 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] lg:grid-rows-[auto_1fr] lg:gap-x-12">
          {!scanned && gallery}
          <div className="flex flex-col gap-6 lg:col-start-2 lg:row-start-1">
            {heading}
            <InStorePanel
              handle={product.handle}
              view={inStore}
              availability={availability}
              since={since}
              price={product.price}
              compareAtPrice={product.compareAtPrice}
              colors={product.colors}
              color={color}
              size={size}
              variantLabel={variantLabel}
              nearbyId="in-store-nearby"
            />
            <ReserveEntry handle={product.handle} color={color} size={size} sizes={product.sizes} myStore={myStore} />
            <InStoreReviews page={reviews.page} />
          </div>
          {scanned && gallery}
          <div className="flex flex-col gap-6 lg:col-start-2 lg:row-start-2">
            <InStoreNearby id="in-store-nearby" view={inStore} variantLabel={variantLabel} />
            <ProductDetails description={product.description} materials={product.materials} care={product.care} />
          </div>
        </div>
      ) : (
        <div className="mt-2 grid gap-6 lg:grid-cols-[minmax(0,1.1fr)_minmax(0,1fr)] lg:gap-12">
          {gallery}
          <div className="flex flex-col gap-6">
            {heading}
            {product.colors.length > 0 && (
              <ColorSwatches handle={product.handle} colors={product.colors} selected={color} size={size} />
            )}
            {!oneSize && (
              <SizeSelector
                handle={product.handle}
                colorCode={color.code}
                options={product.sizes.map((s): SizeOption => {
                  const n = storesWith(color.code, s)
                  const cells = stockCells(availability, selection(color.code, s))
                  const content = <LiveSizeChip size={s} current={s === size} cells={cells} count="stores" since={since} />
                  return { size: s, note: storesNote(n), soldOut: n === 0, content }
                })}
                selected={size}
                context="in stores"
              />
            )}
            <ReserveEntry handle={product.handle} color={color} size={size} sizes={product.sizes} myStore={myStore} />
            <MyStoreStock variantLabel={variantLabel} stock={stockCells(availability, selection(color.code, size))} since={since} />
            <ProductDetails description={product.description} materials={product.materials} care={product.care} />
          </div>
        </div>
      )}

      <div className="mt-12 grid gap-12 lg:grid-cols-2">
        <section id="availability" aria-labelledby="availability-heading" className="scroll-mt-4">
          <h2 id="availability-heading" className="text-xl font-bold tracking-tight">
            Available near you
          </h2>
          <p className="mt-1 mb-4 text-sm text-muted">
            {variantLabel} ·{' '}
            <LiveAge asOf={availability.asOf} announce>
              stock updated {clockAt(new Date(availability.asOf), myStore?.timezone ?? 'America/Chicago')}
            </LiveAge>
          </p>
          <NearbyAvailability
            handle={product.handle}
            colorCode={color.code}
            size={size}
            myStoreId={myStore?.id ?? null}
            initial={forColor(availability, color.code)}
            since={since}
          />
          <noscript>
            <p className="mt-2 text-sm text-muted">Turn on JavaScript to sort stores by your location.</p>
          </noscript>
        </section>
        <ReviewsSection handle={product.handle} page={reviews.page} baseHref={baseHref} paged={reviews.paged} />
      </div>
    </Container>
  )
}
