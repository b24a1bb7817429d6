import type { Store } from '@/lib/stores/schemas'
import { Container } from '@/components/ui/container'
import { SearchForm } from '@/components/search/search-form'
import { StorePicker } from '@/components/store/store-picker'
import { ScanIcon, UserIcon, WalletIcon } from '@/components/ui/icons'
import Link from 'next/link'
import { CategoryNav } from './category-nav'
import { Logo } from './logo'

type SiteHeaderProps = {
  categories: { slug: string; name: string }[]
  myStore: Store | null
  stores: Store[]
  setStoreAction: (formData: FormData) => Promise<void>
}

// The header is the same for everyone (no name, no points): catalogue pages stay cacheable and a
// page kept offline never shows who was signed in.
const iconLink = 'flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-full px-2 text-sm font-medium text-ink hover:bg-sunken sm:px-3'

export function SiteHeader({ categories, myStore, stores, setStoreAction }: SiteHeaderProps) {
  return (
    <header className="border-b border-line bg-surface">
      <Container className="flex flex-col gap-2 py-2 sm:gap-3 sm:py-3">
        <div className="flex items-center justify-between gap-4">
          <Logo />
          <SearchForm className="hidden flex-1 sm:block sm:max-w-xl" id="site-search-wide" />
          <div className="flex items-center gap-1">
            <Link href="/scan" className={iconLink}>
              <ScanIcon className="size-6 text-accent" />
              <span className="sr-only sm:not-sr-only">Scan</span>
            </Link>
            {/* On a phone the wallet is one tap further (Account → Wallet, or the app icon's shortcut): the row has room for three. */}
            <Link href="/wallet" className={`${iconLink} max-sm:hidden`}>
              <WalletIcon className="size-6 text-accent" />
              <span className="sr-only lg:not-sr-only">Wallet</span>
            </Link>
            <Link href="/account" className={iconLink}>
              <UserIcon className="size-6 text-accent" />
              <span className="sr-only lg:not-sr-only">Account</span>
            </Link>
            <StorePicker myStore={myStore} stores={stores} action={setStoreAction} />
          </div>
        </div>
        <SearchForm className="sm:hidden" />
        <CategoryNav categories={categories} />
      </Container>
    </header>
  )
}
