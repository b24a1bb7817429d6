import type { Metadata } from 'next'
import { MinimalHeader } from '@/components/layout/minimal-header'
import { NotFoundContent } from '@/components/layout/not-found-content'
import { SkipLink } from '@/components/layout/skip-link'

export const metadata: Metadata = {
  title: 'Page not found',
  description: 'The page you were looking for is not at Aisle. Search our products or browse a category.',
}

export default function NotFound() {
  return (
    <>
      <SkipLink />
      <MinimalHeader />
      <main id="main" tabIndex={-1} className="outline-none">
        <NotFoundContent />
      </main>
    </>
  )
}
