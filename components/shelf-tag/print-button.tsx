'use client'

import { buttonClass } from '@/components/ui/button-styles'

async function printSheets() {
  // A sheet sent to the printer before its barcodes have loaded would carry blank labels.
  await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)))
  window.print()
}

export function PrintButton({ count }: { count: number }) {
  return (
    <button type="button" onClick={printSheets} className={buttonClass('primary')}>
      Print {count} {count === 1 ? 'label' : 'labels'}
    </button>
  )
}
