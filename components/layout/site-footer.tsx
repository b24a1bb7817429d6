import Link from 'next/link'
import { Container } from '@/components/ui/container'

type SiteFooterProps = {
  categories: { slug: string; name: string }[]
}

const linkClass = 'inline-flex min-h-11 items-center text-sm text-muted hover:text-ink hover:underline'

export function SiteFooter({ categories }: SiteFooterProps) {
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      {/* Phones: the blurb, then each link list as two compact columns; from sm up, three columns. */}
      <Container className="grid gap-6 py-8 sm:grid-cols-3 sm:gap-8 sm:py-10">
        <div>
          <p className="text-lg font-bold">Aisle</p>
          <p className="mt-2 max-w-xs text-sm text-muted">
            Everyday things, well made. Check the shelf before you leave home: every product shows its aisle and stock
            in your store.
          </p>
        </div>
        <nav aria-label="Shop">
          <h2 className="text-sm font-semibold">Shop</h2>
          <ul className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-1">
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/c/${c.slug}`} className={linkClass}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Stores">
          <h2 className="text-sm font-semibold">Visit us</h2>
          <ul className="mt-1 grid grid-cols-2 gap-x-4 sm:grid-cols-1">
            <li>
              <Link href="/stores" className={linkClass}>
                Store locator
              </Link>
            </li>
            <li>
              <Link href="/search?sort=newest" className={linkClass}>
                New arrivals
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
      {/* The divider sits inside the padding so it lines up with the content, not the viewport edge. */}
      <Container>
        <p className="border-t border-line py-4 text-xs text-muted">© {new Date().getFullYear()} Aisle. Prices in US dollars.</p>
      </Container>
    </footer>
  )
}
