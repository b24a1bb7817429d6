import Link from 'next/link'
import { Container } from '@/components/ui/container'

/** The staff area's own header: no shop navigation, cart or store picker; never printed. */
export function StaffHeader() {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <Container className="flex min-h-14 items-center justify-between gap-4 py-2">
        <Link href="/staff/shelf-tags" className="inline-flex min-h-11 items-center gap-2 text-xl font-bold tracking-tight text-ink">
          <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-ink text-base text-white">
            A
          </span>
          Aisle Staff
        </Link>
        <nav aria-label="Staff tools">
          <Link href="/staff/shelf-tags" className="inline-flex min-h-11 items-center px-2 text-sm font-semibold text-accent underline-offset-4 hover:underline">
            Shelf tags
          </Link>
        </nav>
      </Container>
    </header>
  )
}
