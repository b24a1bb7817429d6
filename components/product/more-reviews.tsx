'use client'

import { useState, useTransition } from 'react'
import type { Review } from '@/lib/catalog/schemas'
import { ApiError, fetchReviews } from '@/lib/api-client'
import { buttonClass } from '@/components/ui/button-styles'
import { ReviewItem } from './review-item'

type MoreReviewsProps = {
  handle: string
  cursor: string
  /** This product page's URL (with its colour and size), to which `reviews=` is added. */
  baseHref: string
}

function pageHref(baseHref: string, cursor: string): string {
  const [path, query = ''] = baseHref.split('?')
  const params = new URLSearchParams(query)
  params.set('reviews', cursor)
  return `${path}?${params}#reviews`
}

/**
 * Appends the next pages in place. It is a real link to `?reviews=cursor` first, so without
 * JavaScript (or when the API fails) the shopper still reaches the next reviews.
 */
export function MoreReviews({ handle, cursor, baseHref }: MoreReviewsProps) {
  const [extra, setExtra] = useState<Review[]>([])
  const [next, setNext] = useState<string | null>(cursor)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const load = (from: string) =>
    startTransition(async () => {
      try {
        const page = await fetchReviews(handle, from)
        setExtra((prev) => [...prev, ...page.items])
        setNext(page.nextCursor)
        setError(null)
      } catch (e) {
        setError(e instanceof ApiError && e.type === 'timeout' ? 'Reviews are taking too long to load.' : 'We couldn’t load more reviews.')
      }
    })

  return (
    <>
      {extra.map((r) => (
        <ReviewItem key={r.id} review={r} />
      ))}
      <div className="mt-4 flex flex-col items-start gap-2" aria-live="polite">
        {error && <p className="text-sm text-sale">{error} Please try again.</p>}
        {next && (
          <a
            href={pageHref(baseHref, next)}
            aria-disabled={pending || undefined}
            className={buttonClass('secondary', pending ? 'opacity-60' : '')}
            onClick={(event) => {
              event.preventDefault()
              if (!pending) load(next)
            }}
          >
            {pending ? 'Loading reviews…' : 'More reviews'}
          </a>
        )}
      </div>
    </>
  )
}
