'use client'

import { useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import type { TillMember } from '@/lib/wallet/till'
import { fieldClass } from '../staff-styles'

export type AttachedMember = { token: string; member: TillMember }

type MemberPanelProps = {
  attached: AttachedMember | null
  /** A look-up in progress, or the reason the last one failed. */
  lookup: { error?: string } | null
  onLookup: (code: string) => void
  onClear: () => void
}

/**
 * The member at the till: scan their wallet card (the USB scanner works anywhere on the page) or
 * type the digits under its barcode. While attached, each sale earns them points and a receipt.
 */
export function MemberPanel({ attached, lookup, onLookup, onClear }: MemberPanelProps) {
  const [value, setValue] = useState('')
  if (attached) {
    const m = attached.member
    return (
      <section aria-label="Member at the till" className="flex items-center justify-between gap-3 rounded-2xl border-2 border-accent bg-accent-soft p-4" data-testid="till-member">
        <div className="min-w-0">
          <p className="text-xs font-semibold tracking-wide text-accent uppercase">Member card</p>
          <p className="truncate text-lg font-bold">{m.name || 'Member'}</p>
          <p className="text-sm">
            {m.tier} tier · <strong className="tabular-nums">{m.points.toLocaleString('en-US')}</strong> points · earns on every sale while attached
          </p>
        </div>
        <button type="button" onClick={onClear} className={buttonClass('secondary')}>
          Done
        </button>
      </section>
    )
  }
  return (
    <section aria-label="Member at the till" className="rounded-2xl border border-line bg-surface p-4 shadow-xs">
      <label htmlFor="member-card" className="mb-1 block text-sm font-semibold">
        Member card (optional)
      </label>
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          if (!value.trim()) return
          onLookup(value)
          setValue('')
        }}
      >
        <input
          id="member-card"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          placeholder="Scan the wallet card, or type its digits"
          autoComplete="off"
          inputMode="numeric"
          spellCheck={false}
          maxLength={200}
          aria-describedby={lookup?.error ? 'member-card-error' : undefined}
          className={`${fieldClass} h-12 font-mono`}
        />
        <button type="submit" disabled={value.trim() === ''} className={buttonClass('secondary', 'min-h-12')}>
          Add
        </button>
      </form>
      {lookup && !lookup.error && (
        <p role="status" className="mt-2 text-sm text-muted">
          Looking up the card…
        </p>
      )}
      {lookup?.error && (
        <p id="member-card-error" role="alert" className="mt-2 rounded-lg bg-sale-soft px-3 py-2 text-sm font-semibold text-sale">
          {lookup.error}
        </p>
      )}
    </section>
  )
}
