import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getDb } from '@/lib/db'
import { getReservation, ReservationNotFound, type ReservationView } from '@/lib/reservations'
import { newestEventId } from '@/lib/realtime/events'
import { getStore } from '@/lib/stores'
import { NotifyWhenReady } from '@/components/pwa/notify-when-ready'
import { CancelForm } from '@/components/reserve/cancel-form'
import { HoldLapsed } from '@/components/reserve/hold-lapsed'
import { HoldPanel } from '@/components/reserve/hold-panel'
import { formatPickupBy } from '@/components/reserve/pickup-time'
import { ReservationClosed } from '@/components/reserve/reservation-closed'
import { ReservationItems } from '@/components/reserve/reservation-items'
import { ReservationLive } from '@/components/reserve/reservation-live'
import { ReservationPlaced } from '@/components/reserve/reservation-placed'
import { holdLapsed, isClosed } from '@/components/reserve/reservation-status'
import { reserveHref } from '@/components/reserve/reserve-href'
import { buttonClass } from '@/components/ui/button-styles'
import { Container } from '@/components/ui/container'
import { cancelReservation, confirmHold, extendCartHold } from './_actions/reservation'

// The link's key is the only proof of ownership: never indexed, and never sent on in a Referer —
// `strict-origin` sends the origin alone, even to us. (Not `no-referrer`: under it a browser posts
// forms with `Origin: null`, which the Server Actions CSRF check rightly refuses, so the forms
// would fail without JavaScript.)
export const metadata: Metadata = {
  title: 'Your reservation',
  robots: { index: false, follow: false },
  referrer: 'strict-origin',
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

async function load(id: string, key: string): Promise<{ reservation: ReservationView; since: number } | null> {
  const db = await getDb()
  try {
    // The cursor first: a change committed after it is replayed by the stream, so none is missed.
    const since = await newestEventId(db)
    return { reservation: await getReservation(db, id, key), since }
  } catch (e) {
    if (e instanceof ReservationNotFound) return null
    throw e
  }
}

export default async function ReservationPage({ params, searchParams }: PageProps<'/reservations/[id]'>) {
  const [{ id }, sp] = await Promise.all([params, searchParams])
  const key = first(sp.key) ?? ''
  const loaded = key ? await load(id, key) : null
  if (!loaded) notFound()
  const { reservation: r, since } = loaded
  const store = await getStore(await getDb(), r.store.id)
  if (!store) notFound()

  const now = new Date()
  const page = `/reservations/${encodeURIComponent(r.id)}?key=${encodeURIComponent(key)}`
  const line = r.lines[0]
  const again = reserveHref({ handle: line.handle, color: line.colorCode, size: line.size, store: r.store.id })
  const closedOn = r.closedAt ? formatPickupBy(r.closedAt, r.store.timezone) : null

  const lapsed = holdLapsed(r.status, r.holdExpiresAt, now.getTime())
  let body: React.ReactNode
  if (r.status === 'held' && !lapsed) {
    body = (
      <HoldPanel
        id={r.id}
        accessKey={key}
        holdExpiresAt={r.holdExpiresAt!}
        serverNow={now.getTime()}
        retryHref={again}
        storeName={r.store.name}
        confirmAction={confirmHold}
        extendAction={extendCartHold}
        releaseAction={cancelReservation}
      >
        <ReservationItems lines={r.lines} total={r.total} heading={`Held at ${r.store.name}`} />
      </HoldPanel>
    )
  } else if (lapsed) {
    // Lapsed a moment ago; the sweeper will close it shortly and put the stock back.
    body = <HoldLapsed retryHref={again} />
  } else if (isClosed(r.status)) {
    body = <ReservationClosed reservation={r} reserveAgainHref={again} closedOn={closedOn} />
  } else {
    const confirming = first(sp.cancel) === 'confirm'
    body = (
      <ReservationPlaced
        reservation={r}
        store={store}
        now={now}
        cancelAction={cancelReservation}
        accessKey={key}
        confirmCancelHref={`${page}&cancel=confirm#cancel`}
        cancelStep={
          confirming ? (
            <section aria-labelledby="cancel-step-heading" className="rounded-xl border border-line bg-surface p-4">
              <CancelForm
                action={cancelReservation}
                id={r.id}
                accessKey={key}
                headingId="cancel-step-heading"
                keep={
                  <Link href={page} className={buttonClass('secondary')}>
                    Keep it
                  </Link>
                }
              />
            </section>
          ) : null
        }
      />
    )
  }

  return (
    <Container className="py-4 sm:py-6">
      <div className="mx-auto flex max-w-xl flex-col gap-3">
        <ReservationLive id={r.id} accessKey={key} status={r.status} since={since} storeId={r.store.id} variantIds={r.lines.map((l) => l.variantId)} />
        {body}
        {/* Placed and not ready yet: this device can be told the moment it is (asked only on a click). */}
        {(r.status === 'pending' || r.status === 'attention') && first(sp.cancel) !== 'confirm' && <NotifyWhenReady reservationId={r.id} accessKey={key} />}
      </div>
    </Container>
  )
}
