import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'

/** The cart hold ran out before the shopper confirmed: nothing is held, nothing lost, one way on. */
export function HoldLapsed({ retryHref, headingLevel: Heading = 'h1' }: { retryHref: string; headingLevel?: 'h1' | 'h2' }) {
  return (
    <div className="rounded-xl border border-line bg-surface p-5 text-center">
      <Heading className="text-xl font-bold tracking-tight text-balance">Your hold ended and the item went back on the shelf</Heading>
      <p className="mt-2 text-sm text-muted">Nothing was reserved or charged. It may still be there — try again and we’ll hold it for you.</p>
      <Link href={retryHref} className={buttonClass('primary', 'mt-4 min-h-12 w-full text-base sm:w-auto')}>
        Try again
      </Link>
    </div>
  )
}
