'use client'

import { useId, useState, useTransition } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import type { ReservationView } from '@/lib/reservations/schemas'
import type { ActionFailure } from '@/lib/staff/action-error'
import type { TransferSource } from '@/lib/staff/desk'
import { dangerButton, dangerLink, fieldClass } from '../staff-styles'
import { useDesk, type Locations } from './desk-context'

type ReservationActionsProps = {
  reservation: ReservationView
  locations: Locations
  /** Managers only: stores that can send every missing unit. */
  sources: TransferSource[]
  canTransfer: boolean
  /** Every missing unit is available here again. */
  canReholdHere: boolean
}

// Said to the shopper in the cancellation email, so in their words.
const presets = ['You asked us to cancel', 'The item was damaged', 'We could not find it']

/** What staff can do with one reservation in its state; each button says what happens, errors show beside them. */
export function ReservationActions({ reservation: r, locations, sources, canTransfer, canReholdHere }: ReservationActionsProps) {
  const { actions, openHandOver, panelOpen } = useDesk()
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const reasonId = useId()

  const run = (work: () => Promise<{ ok: true } | ActionFailure>) =>
    startTransition(async () => {
      setError(null)
      const result = await work()
      if (!result.ok) setError(result.error)
      else setCancelling(false)
    })

  if (cancelling) {
    return (
      <form
        className="mt-3 space-y-2 rounded-lg bg-sunken p-3"
        onSubmit={(e) => {
          e.preventDefault()
          run(() => actions.cancel(r.id, reason))
        }}
      >
        <label htmlFor={reasonId} className="block text-sm font-semibold">
          Reason (the shopper is told)
        </label>
        <input
          id={reasonId}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          maxLength={300}
          className={fieldClass}
        />
        <div className="flex flex-wrap gap-1.5">
          {presets.map((p) => (
            <button key={p} type="button" onClick={() => setReason(p)} className="min-h-11 rounded-full border border-line-strong bg-surface px-3 text-xs font-medium hover:border-ink">
              {p}
            </button>
          ))}
        </div>
        {error && (
          <p role="alert" className="text-sm font-semibold text-sale">
            {error}
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-1">
          <button type="submit" disabled={pending || reason.trim() === ''} className={dangerButton}>
            {pending ? 'Cancelling…' : 'Cancel and notify'}
          </button>
          <button type="button" onClick={() => setCancelling(false)} className={buttonClass('secondary')}>
            Keep it
          </button>
        </div>
      </form>
    )
  }

  return (
    <div className="mt-3 space-y-2">
      <div className="flex flex-wrap gap-2">
        {r.status === 'pending' && (
          <button type="button" disabled={pending} onClick={() => run(() => actions.markReady(r.id))} className={buttonClass('primary', 'flex-1 px-4 whitespace-nowrap')}>
            {pending ? 'Saving…' : 'Mark ready'}
          </button>
        )}
        {(r.status === 'pending' || r.status === 'ready') && (
          <button
            type="button"
            disabled={pending || panelOpen}
            onClick={() => openHandOver(r, locations)}
            className={buttonClass(r.status === 'ready' ? 'primary' : 'secondary', 'flex-1 px-4 whitespace-nowrap')}
          >
            Hand over
          </button>
        )}
        {r.status === 'attention' && (
          <button type="button" disabled={pending || !canReholdHere} onClick={() => run(() => actions.resolve(r.id))} className={buttonClass('primary', 'flex-1 px-4 whitespace-nowrap')}>
            Re-hold here
          </button>
        )}
      </div>
      {r.status === 'attention' && !canReholdHere && <p className="text-sm text-muted">Not enough here yet to re-hold it.</p>}
      {r.status === 'attention' &&
        (canTransfer ? (
          sources.length > 0 ? (
            <div className="flex flex-col gap-2">
              {sources.map((s) => (
                <button
                  key={s.storeId}
                  type="button"
                  disabled={pending}
                  onClick={() => run(() => actions.resolve(r.id, s.storeId))}
                  className="flex min-h-11 w-full flex-col items-start rounded-xl border border-line-strong bg-surface px-4 py-2 text-left hover:border-ink disabled:cursor-not-allowed disabled:opacity-60"
                >
                  <span className="text-sm font-semibold">Transfer from {s.name.replace(/^Aisle /, '')}</span>
                  <span className="text-xs text-muted">
                    {s.available} available · {s.distanceKm} km away
                  </span>
                </button>
              ))}
            </div>
          ) : (
            <p className="text-sm text-muted">No other store has enough to transfer in.</p>
          )
        ) : (
          <p className="text-sm text-muted">A manager can transfer it in from another store.</p>
        ))}
      <button type="button" disabled={pending} onClick={() => setCancelling(true)} className={dangerLink}>
        {r.status === 'attention' ? 'Cancel and notify…' : 'Cancel…'}
      </button>
      {error && (
        <p role="alert" className="text-sm font-semibold text-sale">
          {error}
        </p>
      )}
    </div>
  )
}
