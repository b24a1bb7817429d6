import type { ReservationStatus } from '@/lib/db/schema'
import { CheckIcon } from '@/components/ui/icons'
import { trackerSteps } from './reservation-status'

/** Placed → Ready for pickup → Collected, the current step named for assistive tech too. */
export function StatusTracker({ status }: { status: ReservationStatus }) {
  const steps = trackerSteps(status)
  return (
    <ol aria-label="Reservation progress" className="grid grid-cols-3 gap-2">
      {steps.map((step) => (
        <li key={step.label} aria-current={step.state === 'current' ? 'step' : undefined} className="flex flex-col gap-2">
          <span
            aria-hidden="true"
            className={`h-1.5 rounded-full ${step.state === 'upcoming' ? 'bg-line' : 'bg-accent'}`}
          />
          <span className="flex items-start gap-1 text-xs leading-tight sm:text-sm">
            {step.state === 'done' && <CheckIcon className="size-4 shrink-0 text-accent" />}
            <span className={step.state === 'upcoming' ? 'text-muted' : 'font-semibold text-ink'}>{step.label}</span>
            {step.state !== 'upcoming' && <span className="sr-only">{step.state === 'current' ? ' (current step)' : ' (done)'}</span>}
          </span>
        </li>
      ))}
    </ol>
  )
}
