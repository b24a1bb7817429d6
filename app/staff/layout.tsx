import type { Metadata } from 'next'
import { SkipLink } from '@/components/layout/skip-link'
import { StaffHeader } from '@/components/staff/staff-header'

// TODO(staff sign-in): every route under /staff is to be put behind staff sign-in (a later issue).
// Until then the whole area is kept out of search indexes; its pages inherit this.
export const metadata: Metadata = {
  title: { default: 'Aisle Staff', template: '%s · Aisle Staff' },
  robots: { index: false, follow: false },
}

export default function StaffLayout({ children }: LayoutProps<'/staff'>) {
  return (
    <>
      <SkipLink />
      <StaffHeader />
      <main id="main" tabIndex={-1} className="outline-none">
        {children}
      </main>
    </>
  )
}
