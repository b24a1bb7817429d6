import type { Metadata } from 'next'
import { SkipLink } from '@/components/layout/skip-link'

// The staff area is for signed-in staff (the (signed-in) group's pages check it); it is never indexed.
export const metadata: Metadata = {
  title: { default: 'Aisle Staff', template: '%s · Aisle Staff' },
  robots: { index: false, follow: false },
}

export default function StaffLayout({ children }: LayoutProps<'/staff'>) {
  return (
    <>
      <SkipLink />
      {children}
    </>
  )
}
