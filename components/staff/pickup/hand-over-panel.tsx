'use client'

import { useEffect, useRef, useState, useTransition } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CheckIcon } from '@/components/ui/icons'
import { formatMoney } from '@/components/ui/price'
import type { ReservationView } from '@/lib/reservations/schemas'
import type { ActionFailure } from '@/lib/staff/action-error'
import { storeTime } from '../desk-time'
import { bigButton } from '../staff-styles'
import type { Locations } from './desk-context'
import { formatPickupCode } from '@/lib/reservations/pickup-code'
import { ReservationLines } from './reservation-lines'
import { StatusChip } from './status-chip'

type HandOverPanelProps = {
  reservation: ReservationView
  locations: Locations
  collect: (id: string) => Promise<{ ok: true; reservation: ReservationView } | ActionFailure>
  onClose: () => void
}

/** Why a reservation found at the desk cannot be handed over, in the words staff need. */
function blocker(r: ReservationView, now: Date): string | null {
  const when = (iso: string | null) => (iso ? storeTime(iso, r.store.timezone, now) : '')
  switch (r.status) {
    case 'pending':
    case 'ready':
      return null
    case 'collected':
      return `Already collected (${when(r.closedAt)}): it was handed over earlier. Nothing to hand over.`
    case 'attention':
      return `Some units are missing, so it cannot be handed over yet. ${r.attentionReason ?? ''} Resolve it on the desk first.`.trim()
    case 'cancelled':
      return `Cancelled (${when(r.closedAt)}): ${r.cancelReason ?? 'no reason given'}`
    case 'expired':
      return `Expired (${when(r.closedAt)}): not collected by the pickup deadline. The items went back on sale.`
    case 'held':
      return 'The shopper has not finished reserving this yet. Nothing is ready to hand over.'
  }
}

/** The hand-over confirm: everything staff check before giving the bag across the desk, and one big button. */
export function HandOverPanel({ reservation, locations, collect, onClose }: HandOverPanelProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [current, setCurrent] = useState(reservation)
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const [openedAt] = useState(() => new Date())

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])

  const handedOver = current.status === 'collected' && reservation.status !== 'collected'
  const why = handedOver ? null : blocker(current, openedAt)
  const items = current.lines.reduce((n, l) => n + l.quantity, 0)
  const itemsText = `${items} item${items === 1 ? '' : 's'}`

  const handOver = () =>
    startTransition(async () => {
      setError(null)
      const result = await collect(current.id)
      if (result.ok) setCurrent(result.reservation)
      else setError(result.error)
    })

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="hand-over-title"
      className="m-auto w-[min(40rem,calc(100%-2rem))] rounded-2xl bg-surface p-0 text-ink shadow-2xl backdrop:bg-[rgb(0_0_0/0.55)]"
      data-testid="hand-over-panel"
    >
      <div className="max-h-[calc(100dvh-2rem)] overflow-y-auto p-6">
        <div className="flex items-start justify-between gap-4">
          <div>
            <p className="text-sm font-semibold text-muted">Pickup code</p>
            <h2 id="hand-over-title" className="font-mono text-3xl font-bold tracking-wider">
              {formatPickupCode(current.pickupCode)}
            </h2>
            <p className="mt-1 text-lg font-semibold">{current.customer?.name ?? 'Shopper'}</p>
            <p className="text-sm text-muted">
              {itemsText} · {formatMoney(current.total)} · {current.store.name}
            </p>
          </div>
          <StatusChip status={current.status} />
        </div>

        <div className="mt-4 rounded-xl border border-line px-4">
          <ReservationLines lines={current.lines} locations={locations} showHeld={current.status === 'attention'} size="large" />
        </div>

        {handedOver ? (
          <div role="status" className="mt-5 flex items-center gap-3 rounded-xl bg-ok-soft p-4 text-ok">
            <CheckIcon className="size-8 shrink-0" />
            <p className="text-lg font-bold">
              Handed over to {current.customer?.name ?? 'the shopper'}: {itemsText}.
            </p>
          </div>
        ) : (
          why && (
            <p role="alert" className="mt-5 rounded-xl bg-warn-soft p-4 font-semibold text-warn">
              {why}
            </p>
          )
        )}
        {error && (
          <p role="alert" className="mt-5 rounded-xl bg-sale-soft p-4 font-semibold text-sale">
            {error}
          </p>
        )}

        <div className="mt-6 flex flex-wrap items-center gap-3">
          {!handedOver && !why && (
            // The panel is the confirmation: the button says exactly what will happen.
            <button type="button" autoFocus onClick={handOver} disabled={pending} className={bigButton('primary', 'flex-1')}>
              {pending ? 'Handing over…' : `Hand over ${itemsText}`}
            </button>
          )}
          <button type="button" onClick={() => dialog.current?.close()} className={handedOver || why ? bigButton('primary', 'flex-1') : buttonClass('secondary', 'min-h-14 px-6 text-base')}>
            {handedOver ? 'Done' : 'Close'}
          </button>
        </div>
      </div>
    </dialog>
  )
}
