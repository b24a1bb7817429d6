import Link from 'next/link'
import { CheckIcon } from '@/components/ui/icons'

/** After a scan (our shelf tag, or the scanner): say so, and offer the next scan. */
export function InStoreScanned() {
  return (
    <div className="flex flex-wrap items-center gap-x-4">
      <span className="inline-flex items-center gap-1.5 rounded-full bg-accent-soft px-2.5 py-1 text-xs font-semibold text-accent">
        <CheckIcon className="size-3.5" />
        Scanned
      </span>
      <Link href="/scan" className="inline-flex min-h-11 items-center text-sm font-semibold text-accent hover:underline">
        Scan another
      </Link>
    </div>
  )
}
