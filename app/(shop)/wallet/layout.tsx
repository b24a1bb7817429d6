import { AccountNav } from '@/components/account/account-nav'

/** The wallet sits beside the account pages, under the same sub-navigation (on a phone it is how the header's Account reaches it). */
export default function WalletLayout({ children }: LayoutProps<'/wallet'>) {
  return (
    <>
      <AccountNav />
      {children}
    </>
  )
}
