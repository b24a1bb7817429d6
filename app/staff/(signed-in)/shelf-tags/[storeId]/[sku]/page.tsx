import type { Metadata } from 'next'
import Link from 'next/link'
import { ShelfTagResults } from '@/components/shelf-tag/shelf-tag-results'
import { Container } from '@/components/ui/container'
import { getDb } from '@/lib/db'
import { loadShelfTags } from '../../_data/load-shelf-tags'
import { requireStaff } from '../../../../_data/staff'

export async function generateMetadata({ params }: PageProps<'/staff/shelf-tags/[storeId]/[sku]'>): Promise<Metadata> {
  const { sku } = await params
  return { title: `Shelf tag ${sku.slice(0, 64)}` }
}

/** One label, for the tag that fell off or the price that changed: it prints in the sheet's first position. */
export default async function ShelfTagPage({ params }: PageProps<'/staff/shelf-tags/[storeId]/[sku]'>) {
  const { storeId, sku } = await params
  await requireStaff(`/staff/shelf-tags/${encodeURIComponent(storeId)}/${encodeURIComponent(sku)}`)
  const outcome = await loadShelfTags(await getDb(), { store: storeId, sku })
  const store = outcome.kind === 'labels' ? outcome.list.store : null
  return (
    <Container className="space-y-6 py-6 sm:py-8 print:max-w-none print:space-y-0 print:p-0">
      <div className="print:hidden">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Shelf tag {sku}</h1>
        <Link
          href={store ? `/staff/shelf-tags?store=${encodeURIComponent(store.id)}` : '/staff/shelf-tags'}
          className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-accent underline-offset-4 hover:underline"
        >
          {store ? `All shelf tags for ${store.name}` : 'All shelf tags'}
        </Link>
      </div>
      <ShelfTagResults outcome={outcome} />
    </Container>
  )
}
