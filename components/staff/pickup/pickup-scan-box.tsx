'use client'

import { LookupFeedback } from '../lookup-feedback'
import { useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { ScanIcon } from '@/components/ui/icons'
import { bigButton } from '../staff-styles'
import { useDesk } from './desk-context'

/** The desk's way in: a USB scanner anywhere on the page, the camera, or the code typed from the shopper's phone. */
export function PickupScanBox() {
  const { lookup, lookupState, panelOpen } = useDesk()
  const [value, setValue] = useState('')
  const [camera, setCamera] = useState(false)

  return (
    <section aria-label="Find a reservation" className="min-w-[min(100%,36rem)] flex-1 rounded-2xl border border-line bg-surface p-4 shadow-xs">
      <div className="flex flex-wrap items-end gap-3">
        <form
          className="flex min-w-[min(100%,20rem)] flex-1 items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault()
            lookup(value)
            setValue('')
          }}
        >
          <div className="min-w-0 flex-1">
            <label htmlFor="pickup-code" className="mb-1 block text-sm font-semibold">
              Scan or type pickup code
            </label>
            <input
              id="pickup-code"
              name="code"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              placeholder="K7P-3QX"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="search"
              maxLength={200}
              aria-describedby="pickup-code-hint"
              className="h-14 w-full rounded-xl border-2 border-line-strong bg-surface px-4 font-mono text-2xl tracking-widest text-ink uppercase placeholder:text-line-strong focus:border-accent"
            />
          </div>
          <button type="submit" disabled={value.trim() === ''} className={bigButton('primary')}>
            Find
          </button>
        </form>
        <button type="button" aria-pressed={camera} onClick={() => setCamera((c) => !c)} className={buttonClass('secondary', 'min-h-14 px-6 text-base')}>
          <ScanIcon className="size-6" />
          {camera ? 'Close camera' : 'Use camera'}
        </button>
      </div>
      <p id="pickup-code-hint" className="mt-2 text-sm text-muted">
        A USB scanner works anywhere on this page: scan the QR code on the shopper’s phone, or type the six-letter code they read out.
      </p>
      <LookupFeedback
        looking={lookupState?.status === 'looking' ? (lookupState.code.startsWith('AISLE-PICKUP:') ? 'the scanned QR code' : lookupState.code.toUpperCase()) : ''}
        error={lookupState?.status === 'failed' ? lookupState.error : undefined}
        camera={camera ? { onCode: lookup, paused: panelOpen, hint: 'Point at the QR code on the shopper’s phone', className: 'w-full max-w-md' } : undefined}
      />
    </section>
  )
}
