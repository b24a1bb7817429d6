import { ChevronDownIcon, FilterIcon } from '@/components/ui/icons'

type MobileFiltersProps = { activeCount: number; children: React.ReactNode }

/** On phones the facets fold into one disclosure above the results; no script needed. */
export function MobileFilters({ activeCount, children }: MobileFiltersProps) {
  return (
    <details className="group/filters rounded-xl border border-line bg-surface lg:hidden">
      <summary className="flex min-h-12 items-center gap-2 px-4 text-sm font-semibold">
        <FilterIcon className="size-5" />
        Filters
        {activeCount > 0 && (
          <span className="rounded-full bg-accent px-2 py-0.5 text-xs text-white">
            {activeCount}
            <span className="sr-only"> active</span>
          </span>
        )}
        <ChevronDownIcon className="ml-auto size-5 transition-transform group-open/filters:rotate-180" />
      </summary>
      <div className="border-t border-line p-4">{children}</div>
    </details>
  )
}
