import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { buttonClass } from '@/components/ui/button-styles'
import { TryOn } from '@/components/try-on/try-on'
import { modelForProduct } from '@/lib/models/lookup'
import { getProductByHandle } from '../../(shop)/_data/product'

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export async function generateMetadata({ params }: PageProps<'/try-on/[handle]'>): Promise<Metadata> {
  const product = await getProductByHandle((await params).handle)
  return {
    title: product ? `Try on ${product.name}` : 'Try-on',
    // A camera page: nothing for a search engine to index; the product page is the one to find.
    robots: { index: false },
  }
}

/**
 * Face try-on for eyewear and hats: `/try-on/{handle}?color=…`. `?mirror=1` lays it out for the
 * fitting-room mirror's portrait screen; `camera=` picks the mirror's camera by device id.
 */
export default async function TryOnPage({ params, searchParams }: PageProps<'/try-on/[handle]'>) {
  const { handle } = await params
  const sp = await searchParams
  const product = await getProductByHandle(handle)
  if (!product) notFound()
  const model = modelForProduct(product.images.map((i) => i.url), product.colors.map((c) => c.code))
  const group = model?.spec.group
  if (!model || (group !== 'eyewear' && group !== 'hat')) {
    return (
      <main className="grid min-h-dvh place-items-center p-6">
        <div className="max-w-md text-center">
          <h1 className="text-2xl font-bold">Try-on isn’t available for {product.name}</h1>
          <p className="mt-2 text-muted">Try-on works for glasses, sunglasses and hats.</p>
          <Link href={`/p/${product.handle}`} className={buttonClass('primary', 'mt-5')}>
            Back to {product.name}
          </Link>
        </div>
      </main>
    )
  }
  const colors = product.colors.filter((c) => model.variants.includes(c.code)).map(({ code, name, hex }) => ({ code, name, hex }))
  const wanted = first(sp.color)
  const color = colors.find((c) => c.code === wanted) ?? colors[0]
  return (
    <main>
      <TryOn
        handle={product.handle}
        productName={product.name}
        brand={product.brand}
        group={group}
        glb={model.glb}
        poster={model.posters[color.code]}
        colors={colors}
        initialColor={color.code}
        layout={first(sp.mirror) === '1' ? 'mirror' : 'phone'}
        cameraId={first(sp.camera)}
      />
    </main>
  )
}
