import Link from 'next/link'
import { buttonClass } from '@/components/ui/button-styles'

type QueryProblemProps = {
  reasons: string[]
  resetHref: string
}

/** A bad filter is the shopper's typo, not our outage: explain it and offer a way back. */
export function QueryProblem({ reasons, resetHref }: QueryProblemProps) {
  return (
    <div role="alert" className="rounded-xl border border-warn/40 bg-warn-soft px-5 py-6">
      <h2 className="text-base font-semibold text-warn">We couldn’t apply those filters</h2>
      <ul className="mt-2 list-disc pl-5 text-sm text-ink">
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <Link href={resetHref} className={buttonClass('secondary', 'mt-4')}>
        Show all results
      </Link>
    </div>
  )
}
