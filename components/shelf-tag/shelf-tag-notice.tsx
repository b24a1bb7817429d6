type NoticeProps = {
  title: string
  children?: React.ReactNode
  /** `alert` for something the staff member must fix; `status` for information. */
  role?: 'alert' | 'status'
  tone?: 'info' | 'warn'
}

export function ShelfTagNotice({ title, children, role = 'status', tone = 'info' }: NoticeProps) {
  const colors = tone === 'warn' ? 'border-warn/30 bg-warn-soft' : 'border-line bg-surface'
  return (
    <div role={role} className={`rounded-xl border px-5 py-4 print:hidden ${colors}`}>
      <p className="font-semibold">{title}</p>
      {children && <p className="mt-1 text-sm text-muted">{children}</p>}
    </div>
  )
}
