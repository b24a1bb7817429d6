import type { Metadata } from 'next'
import { Scanner } from '@/components/scan/scanner'
import { Container } from '@/components/ui/container'
import { getMyStore } from '../_data/shop'

export const metadata: Metadata = {
  title: 'Scan a barcode',
  description: 'Scan a product’s barcode or a shelf-tag QR code to see reviews, other colours and stock in store.',
  alternates: { canonical: '/scan' },
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function ScanPage({ searchParams }: PageProps<'/scan'>) {
  const [sp, myStore] = await Promise.all([searchParams, getMyStore()])
  // A shelf tag for an item we no longer carry lands here with its GTIN.
  const missing = first(sp.missing)?.slice(0, 64)
  return (
    <Container className="py-4 sm:py-6">
      <h1 className="text-2xl font-bold tracking-tight">Scan a product</h1>
      <p className="mt-1 mb-4 text-sm text-muted">
        {myStore
          ? `See reviews, other colours and what’s on the shelf at ${myStore.name}.`
          : 'See reviews, other colours and stock in the stores near you.'}
      </p>
      <Scanner initialMissing={missing} />
    </Container>
  )
}
