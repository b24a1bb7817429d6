import Link from 'next/link'

export function Logo() {
  return (
    <Link href="/" className="inline-flex min-h-11 items-center gap-2 text-xl font-bold tracking-tight text-ink">
      <span aria-hidden="true" className="grid size-8 place-items-center rounded-lg bg-accent text-base text-white">
        A
      </span>
      Aisle
    </Link>
  )
}
