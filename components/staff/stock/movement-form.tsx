'use client'

import { useId, useState } from 'react'
import type { StockItem } from '@/lib/staff/desk'
import type { TillMember } from '@/lib/wallet/till'
import { bigButton, fieldClass, labelClass } from '../staff-styles'
import { SaleOptions } from './sale-options'
import type { StockEntry, StockKind } from './stock-entry'


const kindInfo: Record<StockKind, { label: string; help: string }> = {
  sale: { label: 'Sale', help: 'Sold at the till. A unit held for a reservation can be sold; that reservation then needs attention.' },
  receipt: { label: 'Receipt', help: 'A delivery arrived: add it to stock.' },
  return: { label: 'Return', help: 'A customer brought it back and it can be sold again.' },
  damage: { label: 'Damage', help: 'Broken or unsellable: take it out of stock.' },
  count: { label: 'Count', help: 'Counted on the shelf: stock is set to your count and the difference is recorded.' },
  transfer: { label: 'Transfer', help: 'Send units to another store; only available units can go.' },
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0')

type MovementFormProps = {
  item: StockItem
  /** What this staff member's role may record. */
  kinds: StockKind[]
  stores: { id: string; name: string }[]
  pending: boolean
  onRecord: (entry: StockEntry) => void
  /** The member at the till: a sale is theirs (points, a reward, a receipt). */
  member?: TillMember | null
}

/** One movement of the item in hand: the kinds the role allows, the fields each needs, and a button that says what it will do. */
export function MovementForm({ item, kinds, stores, pending, onRecord, member = null }: MovementFormProps) {
  const [kind, setKind] = useState<StockKind>(kinds[0])
  const [rewardId, setRewardId] = useState('')
  const [tender, setTender] = useState<'card' | 'cash'>('card')
  const [quantity, setQuantity] = useState('1')
  const [counted, setCounted] = useState('')
  const [toStoreId, setToStoreId] = useState('')
  const [reason, setReason] = useState('')
  const id = useId()
  const stock = item.stock
  const qty = Number.parseInt(quantity, 10)
  const count = Number.parseInt(counted, 10)
  const qtyOk = Number.isInteger(qty) && qty >= 1 && qty <= 10_000
  const countOk = Number.isInteger(count) && count >= 0 && count <= 100_000
  const toStore = stores.find((s) => s.id === toStoreId)

  const units = (n: number) => `${n} unit${n === 1 ? '' : 's'}`
  const submitText = (() => {
    const n = qtyOk ? units(qty) : 'units'
    switch (kind) {
      case 'sale':
        return member ? `Record sale of ${n} for ${member.name.split(' ')[0] || 'the member'}` : `Record sale of ${n}`
      case 'receipt':
        return `Add ${n} to stock`
      case 'return':
        return `Record return of ${n}`
      case 'damage':
        return `Write off ${n} as damaged`
      case 'count':
        return countOk ? `Record count of ${count}` : 'Record count'
      case 'transfer':
        return toStore ? `Send ${n} to ${toStore.name.replace(/^Aisle /, '')}` : `Send ${n}`
    }
  })()
  const ready = kind === 'count' ? countOk : qtyOk && (kind !== 'transfer' || Boolean(toStore))

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (!ready || pending) return
    const base = { kind, variantId: item.variantId }
    onRecord(
      kind === 'count'
        ? { ...base, counted: count }
        : kind === 'transfer'
          ? { ...base, quantity: qty, toStoreId }
          : kind === 'sale' && member
            ? { ...base, quantity: qty, rewardId: rewardId || undefined, tender }
            : { ...base, quantity: qty, reason: kind === 'damage' ? reason : undefined },
    )
    setRewardId('')
    setQuantity('1')
    setCounted('')
    setReason('')
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-2xl border border-line bg-surface p-4 shadow-xs" aria-label="Record a stock movement">
      <fieldset>
        <legend className={labelClass}>What happened</legend>
        <div className="flex flex-wrap gap-2">
          {kinds.map((k) => (
            <label
              key={k}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-full border border-line-strong bg-surface px-4 text-sm font-semibold has-checked:border-accent has-checked:bg-accent has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
            >
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="sr-only" />
              {kindInfo[k].label}
            </label>
          ))}
        </div>
        <p className="mt-2 text-sm text-muted">{kindInfo[kind].help}</p>
      </fieldset>

      {kind === 'count' ? (
        <div className="grid grid-cols-[1fr_auto] items-end gap-4">
          <div>
            <label htmlFor={`${id}-counted`} className={labelClass}>
              Counted on the shelf
            </label>
            <input id={`${id}-counted`} type="number" inputMode="numeric" min={0} max={100000} value={counted} onChange={(e) => setCounted(e.target.value)} className={fieldClass} />
          </div>
          <p className="pb-2 text-sm" data-testid="count-preview">
            System count: <strong className="tabular-nums">{stock?.onHand ?? '—'}</strong>
            {countOk && stock && (
              <>
                {' '}
                · variance <strong className={`tabular-nums ${count - stock.onHand < 0 ? 'text-sale' : ''}`}>{signed(count - stock.onHand)}</strong>
              </>
            )}
          </p>
        </div>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-qty`} className={labelClass}>
              Quantity
            </label>
            <input
              id={`${id}-qty`}
              type="number"
              inputMode="numeric"
              min={1}
              max={kind === 'sale' ? 100 : 10000}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
              className={fieldClass}
            />
          </div>
          {(kind === 'sale' || kind === 'damage') && stock && qtyOk && qty > stock.available && qty <= stock.onHand && (
            <p className="self-end rounded-lg bg-warn-soft px-3 py-2 text-sm font-medium text-warn sm:col-span-2">
              {stock.available === 0 ? 'None are free' : `Only ${stock.available} ${stock.available === 1 ? 'is' : 'are'} free`}: {qty - stock.available} held unit{qty - stock.available === 1 ? '' : 's'} will be taken from
              a reservation, which then needs attention.
            </p>
          )}
          {kind === 'transfer' && (
            <div>
              <label htmlFor={`${id}-to`} className={labelClass}>
                To store
              </label>
              <select id={`${id}-to`} value={toStoreId} onChange={(e) => setToStoreId(e.target.value)} className={fieldClass}>
                <option value="">Choose a store</option>
                {stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          {kind === 'damage' && (
            <div>
              <label htmlFor={`${id}-reason`} className={labelClass}>
                What is wrong (optional)
              </label>
              <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} placeholder="Torn seam" className={fieldClass} />
            </div>
          )}
        </div>
      )}

      {kind === 'sale' && member && (
        <SaleOptions member={member} currency={item.price.currency} rewardId={rewardId} onReward={setRewardId} tender={tender} onTender={setTender} />
      )}

      <button type="submit" disabled={!ready || pending} className={bigButton('primary', 'w-full')}>
        {pending ? 'Recording…' : submitText}
      </button>
    </form>
  )
}
