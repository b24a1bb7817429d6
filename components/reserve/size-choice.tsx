import Link from 'next/link'
import { reserveHref } from './reserve-href'

type SizeChoiceProps = {
  handle: string
  colorCode: string
  store: string | null
  /** Each size with how many stores have it in this colour. */
  sizes: { size: string; stores: number }[]
}

/** A sized product reached without a size: choose one here rather than going back. */
export function SizeChoice({ handle, colorCode, store, sizes }: SizeChoiceProps) {
  return (
    <section aria-labelledby="size-choice-heading">
      <h2 id="size-choice-heading" className="text-base font-semibold">
        Choose a size first
      </h2>
      <p className="mt-1 text-sm text-muted">Then pick the store to hold it at.</p>
      <ul className="mt-3 grid grid-cols-4 gap-2 sm:grid-cols-6">
        {sizes.map(({ size, stores }) => (
          <li key={size}>
            {stores > 0 ? (
              <Link
                href={reserveHref({ handle, color: colorCode, size, store })}
                className="flex min-h-14 flex-col items-center justify-center rounded-lg border border-line-strong bg-surface px-1 py-1.5 text-center hover:border-ink"
              >
                <span className="text-sm font-semibold">{size}</span>
                <span className="text-[0.6875rem] leading-tight text-muted">
                  <span className="sr-only">, </span>In {stores} {stores === 1 ? 'store' : 'stores'}
                </span>
              </Link>
            ) : (
              <span className="flex min-h-14 flex-col items-center justify-center rounded-lg border border-line bg-sunken px-1 py-1.5 text-center">
                <span className="text-sm font-semibold text-muted line-through">{size}</span>
                <span className="text-[0.6875rem] leading-tight text-muted">
                  <span className="sr-only">, </span>Out of stock
                </span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
