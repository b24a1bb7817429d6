'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { Container } from '@/components/ui/container'

const sections = [
  { href: '/account', label: 'Account' },
  { href: '/wallet', label: 'Wallet' },
  { href: '/account/wishlist', label: 'Wishlist' },
  { href: '/account/privacy', label: 'Privacy' },
] as const

const SIGN_IN = '/account/sign-in'

const isCurrent = (pathname: string, href: string) => (href === '/account' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`))

/** The member's pages, one tap apart. Not shown on the sign-in page, where none of them is open yet. */
export function AccountNav() {
  const pathname = usePathname()
  if (pathname === SIGN_IN || pathname.startsWith(`${SIGN_IN}/`)) return null
  return (
    <nav aria-label="Your account" className="border-b border-line bg-surface">
      <Container>
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {sections.map((s) => {
            const current = isCurrent(pathname, s.href)
            return (
              <li key={s.href} className="shrink-0">
                <Link
                  href={s.href}
                  aria-current={current ? 'page' : undefined}
                  className={`flex min-h-12 items-center border-b-2 px-3 text-sm font-semibold ${
                    current ? 'border-accent text-accent' : 'border-transparent text-muted hover:border-line-strong hover:text-ink'
                  }`}
                >
                  {s.label}
                </Link>
              </li>
            )
          })}
        </ul>
      </Container>
    </nav>
  )
}
