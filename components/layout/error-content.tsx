'use client'

import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'

type ErrorContentProps = { error: unknown; retry: () => void }

export function ErrorContent({ error, retry }: ErrorContentProps) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-3 text-base text-muted">
        We couldn’t load this page just now. It’s not you — please try again in a moment.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => retry()} className={buttonClass('primary')}>
          Try again
        </button>
        <Link href="/" className={buttonClass('secondary')}>
          Go to the home page
        </Link>
      </div>
      {digest && <p className="mt-6 text-xs text-muted">Reference: {digest}</p>}
    </div>
  )
}
