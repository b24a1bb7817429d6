'use client'

import { startTransition, useActionState, useEffect, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CheckIcon } from '@/components/ui/icons'
import type { HoldFormState } from './form-state'
import { quantityChoices, type ReserveTarget } from './reserve-href'
import { SoldOutNotice } from './sold-out-notice'

export type StoreChoice = {
  id: string
  name: string
  /** "1.2 mi · Open until 9 pm" */
  detail: string
  available: number
  isMyStore: boolean
}

type ReserveFormProps = {
  action: (state: HoldFormState, form: FormData) => Promise<HoldFormState>
  idempotencyKey: string
  variantId: string
  stores: StoreChoice[]
  defaultStoreId: string | null
  target: Omit<ReserveTarget, 'store'>
  holdMinutes: number
  pickupDays: number
}

/**
 * Store, quantity, "Hold it for me". A plain form posting to a server action, so it works before
 * (or without) JavaScript; with it, the quantity follows the chosen store's stock.
 */
export function ReserveForm({ action, idempotencyKey, variantId, stores, defaultStoreId, target, holdMinutes, pickupDays }: ReserveFormProps) {
  const [state, formAction, pending] = useActionState(action, { idempotencyKey })
  const [storeId, setStoreId] = useState(defaultStoreId ?? '')
  const [quantity, setQuantity] = useState(1)
  const [seen, setSeen] = useState(state)
  // A failed submit answers with what was sent (quantity lowered to what is left): show that.
  if (seen !== state) {
    setSeen(state)
    if (state.values) {
      setStoreId(state.values.storeId)
      setQuantity(state.values.quantity)
    }
  }

  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // The answer appears above the button that was pressed: bring the first problem into view.
    const problem = form.current?.querySelector('[data-problem]')
    if (!problem) return
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    problem.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' })
  }, [state])

  const chosen = stores.find((s) => s.id === storeId && s.available > 0) ?? null
  const most = chosen?.available ?? Math.max(0, ...stores.map((s) => s.available))
  const choices = quantityChoices(most)
  const qty = Math.min(quantity, choices.length || 1)
  const storeError = state.errors?.storeId
  const quantityError = state.errors?.quantity

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(e) => {
        // Dispatched by hand so React does not reset the form afterwards: the choices are state here.
        e.preventDefault()
        const data = new FormData(e.currentTarget)
        startTransition(() => formAction(data))
      }}
      className="flex flex-col gap-6"
    >
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      {(state.shortage || state.errors?.form) && (
        <div data-problem className="flex flex-col gap-3">
          {state.shortage && <SoldOutNotice shortage={state.shortage} target={target} />}
          {state.errors?.form && (
            <p role="alert" className="rounded-xl bg-sale-soft p-3 text-sm font-medium text-sale">
              {state.errors.form}
            </p>
          )}
        </div>
      )}

      <fieldset aria-describedby={storeError ? 'store-error' : undefined} aria-invalid={storeError ? true : undefined}>
        <legend className="text-base font-semibold">Pick up at</legend>
        {storeError && (
          <p id="store-error" data-problem className="mt-1 text-sm font-medium text-sale">
            {storeError}
          </p>
        )}
        <ul className="mt-2 flex flex-col gap-2">
          {stores.map((s) => {
            const out = s.available <= 0
            const checked = chosen?.id === s.id
            return (
              <li key={s.id}>
                <label
                  className={`flex min-h-16 items-center gap-3 rounded-xl border px-3 py-2.5 ${
                    out
                      ? 'cursor-not-allowed border-line bg-sunken'
                      : checked
                        ? 'cursor-pointer border-accent bg-surface ring-1 ring-accent'
                        : 'cursor-pointer border-line bg-surface hover:border-line-strong'
                  }`}
                >
                  <input
                    type="radio"
                    name="storeId"
                    value={s.id}
                    checked={checked}
                    disabled={out}
                    required
                    onChange={() => setStoreId(s.id)}
                    className="size-5 shrink-0 accent-accent"
                  />
                  <span className="min-w-0 flex-1">
                    <span className={`block text-sm font-semibold ${out ? 'text-muted' : ''}`}>
                      {s.name}
                      {/* A space, so the radio's name reads "Aisle Wicker Park My store", not one word. */}
                      {s.isMyStore && ' '}
                      {s.isMyStore && (
                        <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">My store</span>
                      )}
                    </span>
                    <span className="block text-xs text-muted">{s.detail}</span>
                  </span>
                  <span className={`shrink-0 text-right text-xs font-semibold tabular-nums ${out ? 'text-muted' : 'text-ok'}`}>
                    {out ? 'Out of stock' : `${s.available} available`}
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      </fieldset>

      <div>
        <label htmlFor="reserve-quantity" className="text-base font-semibold">
          Quantity
        </label>
        {quantityError && (
          <p id="quantity-error" data-problem className="mt-1 text-sm font-medium text-sale">
            {quantityError}
          </p>
        )}
        <select
          id="reserve-quantity"
          name="quantity"
          value={qty}
          onChange={(e) => setQuantity(Number(e.target.value))}
          aria-invalid={quantityError ? true : undefined}
          aria-describedby={quantityError ? 'quantity-error' : undefined}
          className="mt-2 block min-h-11 w-28 rounded-lg border border-line-strong bg-surface px-3 text-base"
        >
          {(choices.length ? choices : [1]).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>

      <div className="flex flex-col gap-3">
        <button type="submit" disabled={pending} aria-describedby="reserve-terms" className={buttonClass('primary', 'min-h-12 w-full text-base')}>
          {pending ? 'Holding it…' : 'Hold it for me'}
        </button>
        <ul id="reserve-terms" className="flex flex-col gap-1.5 text-sm text-muted">
          {[
            'Free — you pay in store when you collect.',
            `We hold it for ${holdMinutes} minutes while you add your details.`,
            `Then it waits for you for ${pickupDays} days.`,
          ].map((line) => (
            <li key={line} className="flex gap-2">
              <CheckIcon className="mt-0.5 size-4 shrink-0 text-ok" />
              {line}
            </li>
          ))}
        </ul>
      </div>
    </form>
  )
}
