import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { SkipLink } from '@/components/layout/skip-link'
import { OfflineBanner } from '@/components/pwa/offline-banner'
import { setMyStore } from './_actions/store'
import { getAllStores, getCategories, getMyStore } from './_data/shop'

export default async function ShopLayout({ children }: LayoutProps<'/'>) {
  const [categories, stores, myStore] = await Promise.all([getCategories(), getAllStores(), getMyStore()])
  return (
    <>
      <SkipLink />
      <OfflineBanner />
      <SiteHeader categories={categories} myStore={myStore} stores={stores} setStoreAction={setMyStore} />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
      <SiteFooter categories={categories} />
    </>
  )
}
