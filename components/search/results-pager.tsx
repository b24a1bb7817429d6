import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'
import { listingHref, type ListingState } from './listing-params'

type ResultsPagerProps = { basePath: string; state: ListingState; nextCursor: string | null }

/** Cursor paging in the URL: each page is a shareable link and works without JavaScript. */
export function ResultsPager({ basePath, state, nextCursor }: ResultsPagerProps) {
  if (!nextCursor && !state.cursor) return null
  return (
    <nav aria-label="More results" className="mt-8 flex flex-wrap items-center justify-center gap-3">
      {state.cursor && (
        <Link href={listingHref(basePath, state)} className={buttonClass('ghost')}>
          Back to first page
        </Link>
      )}
      {nextCursor && (
        <Link href={listingHref(basePath, state, { cursor: nextCursor })} className={buttonClass('secondary', 'px-8')}>
          Load more products
        </Link>
      )}
    </nav>
  )
}
