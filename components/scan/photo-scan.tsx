'use client'

import { useRef } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { PhotoIcon } from '@/components/ui/icons'

/** The other way that always works: a photo of the barcode, decoded on the device by the same engine. */
export function PhotoScan({ onPhoto, disabled }: { onPhoto: (file: File) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <label className={buttonClass('secondary', 'cursor-pointer focus-within:outline-2 focus-within:outline-accent has-disabled:opacity-60')}>
      <PhotoIcon className="size-5" />
      Scan a photo
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        className="sr-only"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) onPhoto(file)
          // Choosing the same photo again must fire change again.
          if (input.current) input.current.value = ''
        }}
      />
    </label>
  )
}
