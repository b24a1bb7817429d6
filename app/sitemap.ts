import type { MetadataRoute } from 'next'
import { listCategories, listProductHandles } from '@/lib/catalog'
import { getDb } from '@/lib/db'
import { listStores } from '@/lib/stores'
import { siteUrl } from './site-url'

// Read at request time: the catalogue lives in the database, which the build never opens.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = await getDb()
  const [categories, products, stores] = await Promise.all([listCategories(db), listProductHandles(db), listStores(db)])
  return [
    { url: `${siteUrl}/`, changeFrequency: 'daily', priority: 1 },
    { url: `${siteUrl}/stores`, changeFrequency: 'monthly', priority: 0.6 },
    ...categories.map((c) => ({ url: `${siteUrl}/c/${c.slug}`, changeFrequency: 'daily' as const, priority: 0.8 })),
    ...products.map((p) => ({ url: `${siteUrl}/p/${p.handle}`, lastModified: p.updatedAt, priority: 0.7 })),
    ...stores.map((s) => ({ url: `${siteUrl}/stores/${s.slug}`, changeFrequency: 'monthly' as const, priority: 0.5 })),
  ]
}
