import type { Store } from '@/lib/stores/schemas'
import { Container } from '@/components/ui/container'
import { SearchForm } from '@/components/search/search-form'
import { StorePicker } from '@/components/store/store-picker'
import { CategoryNav } from './category-nav'
import { Logo } from './logo'

type SiteHeaderProps = {
  categories: { slug: string; name: string }[]
  myStore: Store | null
  stores: Store[]
  setStoreAction: (formData: FormData) => Promise<void>
}

export function SiteHeader({ categories, myStore, stores, setStoreAction }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <Container className="flex flex-col gap-2 py-2 sm:gap-3 sm:py-3">
        <div className="flex items-center justify-between gap-4">
          <Logo />
          <SearchForm className="hidden flex-1 sm:block sm:max-w-xl" id="site-search-wide" />
          <StorePicker myStore={myStore} stores={stores} action={setStoreAction} />
        </div>
        <SearchForm className="sm:hidden" />
        <CategoryNav categories={categories} />
      </Container>
    </header>
  )
}
