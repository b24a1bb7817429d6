import type { ReservationStatus } from '@/lib/db/schema'

type NextStepsProps = { status: ReservationStatus; storeName: string; deadline: string }

/** What happens now, in order, from where the reservation is. */
export function NextSteps({ status, storeName, deadline }: NextStepsProps) {
  const steps = [
    ...(status === 'ready' ? [] : [`We pick it from the shelf and set it aside. We’ll email you the moment it’s ready.`]),
    `Come to the pickup desk at ${storeName} by ${deadline}.`,
    'Show the QR code or say your pickup code, and pay for it there.',
    'Changed your mind? Cancel here, so someone else can have it.',
  ]
  return (
    <section aria-labelledby="next-steps-heading">
      <h2 id="next-steps-heading" className="text-base font-semibold">
        What happens next
      </h2>
      <ol className="mt-3 flex flex-col gap-3">
        {steps.map((text, i) => (
          <li key={text} className="flex gap-3 text-sm">
            <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent-soft text-xs font-bold text-accent">
              {i + 1}
            </span>
            <span className="pt-0.5">{text}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
