'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { useHydrated } from '@/components/ui/use-hydrated'
import { canonicalHref, type RawSearchParams } from './listing-params'

type AutoSubmitFormProps = {
  action: string
  children: React.ReactNode
  className?: string
  'aria-label'?: string
  /** Apply each change at once; off where several choices are made before one "Apply". */
  instant?: boolean
}

function formParams(form: HTMLFormElement): RawSearchParams {
  const raw: Record<string, string[]> = {}
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') (raw[key] ??= []).push(value)
  }
  return raw
}

/**
 * A plain GET form (so it works without JavaScript; the server then redirects to the canonical
 * URL). Enhanced, it goes straight to the canonical URL, keeps the scroll position, shows
 * progress, and applies checkbox, radio and select changes at once.
 */
export function AutoSubmitForm({ action, children, className, instant = true, ...rest }: AutoSubmitFormProps) {
  const enhanced = useHydrated()
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  return (
    <form
      action={action}
      method="get"
      className={`group ${className ?? ''}`.trim()}
      data-enhanced={enhanced ? '' : undefined}
      aria-label={rest['aria-label']}
      aria-busy={pending || undefined}
      onSubmit={(event) => {
        event.preventDefault()
        const form = event.currentTarget
        const href = canonicalHref(action, formParams(form))
        // On phones the filters sit in a disclosure above the results: close it to show them.
        if (!instant) form.closest('details')?.removeAttribute('open')
        startTransition(() => router.push(href, { scroll: !instant }))
      }}
      onChange={(event) => {
        if (!instant) return
        const target = event.target
        const immediate =
          target instanceof HTMLSelectElement ||
          (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'))
        if (immediate) event.currentTarget.requestSubmit()
      }}
    >
      {children}
      {pending && (
        <div role="status" className="fixed inset-x-0 top-0 z-50 h-1 animate-pulse bg-accent">
          <span className="sr-only">Updating results…</span>
        </div>
      )}
    </form>
  )
}
