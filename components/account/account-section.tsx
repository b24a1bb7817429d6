type AccountSectionProps = { id: string; title: string; description?: string; children: React.ReactNode }

/** One card of the account page, named by its heading. */
export function AccountSection({ id, title, description, children }: AccountSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-surface p-4 sm:p-6">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-muted">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  )
}
