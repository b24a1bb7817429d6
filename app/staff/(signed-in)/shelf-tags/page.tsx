import type { Metadata } from 'next'
import { ShelfTagForm } from '@/components/shelf-tag/shelf-tag-form'
import { ShelfTagResults } from '@/components/shelf-tag/shelf-tag-results'
import { Container } from '@/components/ui/container'
import { listCategories } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { listStores } from '@/lib/stores'
import { pathWithQuery, requireStaff } from '../../_data/staff'
import { loadShelfTags } from './_data/load-shelf-tags'

export const metadata: Metadata = { title: 'Shelf tags' }

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

export default async function ShelfTagsPage({ searchParams }: PageProps<'/staff/shelf-tags'>) {
  const sp = await searchParams
  await requireStaff(pathWithQuery('/staff/shelf-tags', sp))
  const values = { store: first(sp.store), category: first(sp.category), q: first(sp.q) }
  const db = await getDb()
  const [stores, categories, outcome] = await Promise.all([listStores(db), listCategories(db), loadShelfTags(db, values)])
  return (
    <Container className="space-y-6 py-6 sm:py-8 print:max-w-none print:space-y-0 print:p-0">
      <div className="print:hidden">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Shelf tags</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted sm:text-base">
          Print shelf-edge labels for one store: name, colour and size, price, the barcode of each variant and a QR code
          that opens it on our site, with its aisle and bay.
        </p>
      </div>
      <ShelfTagForm stores={stores} categories={categories} values={values} />
      <ShelfTagResults outcome={outcome} />
    </Container>
  )
}
