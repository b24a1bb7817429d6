import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'

export const metadata: Metadata = {
  title: 'Reservation not found',
  robots: { index: false, follow: false },
  referrer: 'strict-origin',
}

/** A wrong or missing key looks exactly like no reservation: nothing about anyone else's leaks. */
export default function ReservationNotFoundPage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-balance sm:text-4xl">We can’t find that reservation</h1>
      <p className="mt-3 text-base text-muted">
        The link may be incomplete. Open it again from the email we sent when you reserved — only that link opens your reservation.
      </p>
      <p className="mt-2 text-sm text-muted">At the store? Give the pickup desk your name or your 6-character pickup code.</p>
      <Link href="/" className={buttonClass('primary', 'mt-8')}>
        Continue shopping
      </Link>
    </div>
  )
}
