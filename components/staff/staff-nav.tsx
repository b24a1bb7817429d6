'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

const tools = [
  { href: '/staff/pickup', label: 'Pickup desk' },
  { href: '/staff/stock', label: 'Stock' },
  { href: '/staff/shelf-tags', label: 'Shelf tags' },
] as const

/** The staff tools; the one in use is marked for screen readers and by its underline. */
export function StaffNav() {
  const pathname = usePathname()
  return (
    <nav aria-label="Staff tools" className="-mx-2 flex">
      {tools.map((t) => {
        const current = pathname === t.href || pathname.startsWith(`${t.href}/`)
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={current ? 'page' : undefined}
            className="inline-flex min-h-11 items-center border-b-2 border-transparent px-3 text-sm font-semibold text-muted hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-ink"
          >
            {t.label}
          </Link>
        )
      })}
    </nav>
  )
}
