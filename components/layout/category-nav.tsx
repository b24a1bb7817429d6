import Link from 'next/link'

type CategoryNavProps = {
  categories: { slug: string; name: string }[]
}

export function CategoryNav({ categories }: CategoryNavProps) {
  return (
    <nav aria-label="Categories" className="-mx-4 sm:mx-0">
      <ul className="scrollbar-none flex gap-1 overflow-x-auto px-4 [mask-image:linear-gradient(to_right,black_85%,transparent)] sm:flex-wrap sm:px-0 sm:[mask-image:none]">
        {categories.map((c) => (
          <li key={c.slug} className="shrink-0">
            <Link
              href={`/c/${c.slug}`}
              className="inline-flex min-h-11 items-center rounded-full px-3 text-sm font-medium text-ink hover:bg-sunken"
            >
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
