import Link from 'next/link'
import { SearchForm } from '@/components/search/search-form'
import { buttonClass } from '@/components/ui/button-styles'

const popular = [
  { slug: 'apparel', name: 'Apparel' },
  { slug: 'footwear', name: 'Footwear' },
  { slug: 'eyewear', name: 'Eyewear' },
  { slug: 'beauty', name: 'Beauty' },
]

export function NotFoundContent() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">Error 404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">We couldn’t find that page</h1>
      <p className="mt-3 text-base text-muted">
        The product may have sold out for good, or the link may be mistyped. Try a search instead.
      </p>
      <SearchForm id="not-found-search" className="mt-8 w-full" />
      <ul className="mt-6 flex flex-wrap justify-center gap-2">
        {popular.map((c) => (
          <li key={c.slug}>
            <Link href={`/c/${c.slug}`} className={buttonClass('secondary')}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
      <Link href="/" className={buttonClass('primary', 'mt-8')}>
        Back to the home page
      </Link>
    </div>
  )
}
