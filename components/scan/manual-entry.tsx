'use client'

import { useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'

/** The way that always works: type the digits printed under the barcode. */
export function ManualEntry({ onSubmit, disabled }: { onSubmit: (code: string) => void; disabled: boolean }) {
  const [value, setValue] = useState('')
  return (
    <form
      className="flex gap-2"
      onSubmit={(event) => {
        event.preventDefault()
        const code = value.trim()
        if (code) onSubmit(code)
      }}
    >
      <label htmlFor="manual-code" className="sr-only">
        Barcode number or SKU
      </label>
      <input
        id="manual-code"
        name="code"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        placeholder="Barcode number or SKU"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        maxLength={64}
        className="h-11 min-w-0 flex-1 rounded-full border border-line-strong bg-surface px-4 text-base text-ink placeholder:text-muted focus:border-accent"
      />
      <button type="submit" className={buttonClass('primary')} disabled={disabled || value.trim() === ''}>
        Look up
      </button>
    </form>
  )
}
