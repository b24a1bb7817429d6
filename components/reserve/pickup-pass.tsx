import { cachedQrSvg } from '@/lib/shelf-tags'
import { formatPickupCode } from '@/lib/reservations/codes'

/** "K7P3QX" → "K, 7, P, 3, Q, X": read one character at a time, the way it is said across a desk. */
const spelled = (code: string) => [...code].join(', ')

/**
 * What the shopper shows at the desk: the signed pickup QR (staff scan it) and the short code,
 * large and spaced, for when a scan will not do. Drawn on the server: no QR engine in the browser.
 */
export async function PickupPass({ pickupToken, pickupCode }: { pickupToken: string; pickupCode: string }) {
  const svg = await cachedQrSvg(pickupToken)
  return (
    <section aria-labelledby="pickup-pass-heading" className="flex flex-col items-center rounded-xl border border-line bg-surface px-4 py-5 text-center">
      <h2 id="pickup-pass-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
        Show this at the pickup desk
      </h2>
      <div
        role="img"
        aria-label="Pickup QR code"
        className="mt-3 size-56 rounded-lg bg-white [&>svg]:size-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <p className="mt-4 text-xs font-semibold tracking-wide text-muted uppercase">Pickup code</p>
      <p className="mt-1 text-4xl font-bold tracking-[0.18em] tabular-nums">
        <span aria-hidden="true">{formatPickupCode(pickupCode)}</span>
        <span className="sr-only">{spelled(pickupCode)}</span>
      </p>
      <p className="mt-2 text-sm text-muted">No scanner? Say the code at the desk.</p>
    </section>
  )
}
