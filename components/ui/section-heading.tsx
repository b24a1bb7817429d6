import Link from 'next/link'
import { ChevronRightIcon } from '@/components/ui/icons'

type SectionHeadingProps = { id: string; title: string; href?: string; linkLabel?: string }

export function SectionHeading({ id, title, href, linkLabel = 'See all' }: SectionHeadingProps) {
  return (
    <div className="mb-4 flex items-center justify-between gap-4">
      <h2 id={id} className="text-xl font-bold tracking-tight sm:text-2xl">
        {title}
      </h2>
      {href && (
        <Link
          href={href}
          className="inline-flex min-h-11 items-center gap-1 text-sm font-semibold text-accent hover:underline"
        >
          {linkLabel}
          <span className="sr-only"> {title.toLowerCase()}</span>
          <ChevronRightIcon className="size-4" />
        </Link>
      )}
    </div>
  )
}
