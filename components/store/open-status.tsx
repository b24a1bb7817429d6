import { ClockIcon } from '@/components/ui/icons'

export function OpenStatus({ open, label }: { open: boolean; label: string }) {
  return (
    <p className={`flex items-center gap-1.5 text-sm font-medium ${open ? 'text-ok' : 'text-muted'}`}>
      <ClockIcon className="size-4 shrink-0" />
      {label}
    </p>
  )
}
