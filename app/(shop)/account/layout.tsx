import { AccountNav } from '@/components/account/account-nav'

/** Every account page under one sub-navigation (Account, Wallet, Wishlist, Privacy); each page brings its own Container. */
export default function AccountLayout({ children }: LayoutProps<'/account'>) {
  return (
    <>
      <AccountNav />
      {children}
    </>
  )
}
