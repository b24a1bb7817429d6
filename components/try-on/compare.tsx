'use client'

import { useEffect, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'

export type Snapshot = { id: string; url: string; blob: Blob; colorCode: string; colorName: string }

export const snapshotFileName = (handle: string, s: Pick<Snapshot, 'colorCode' | 'id'>) => `aisle-try-on-${handle}-${s.colorCode}-${s.id}.jpg`

/**
 * Shares a snapshot through the device's share sheet where it takes files (phones), else saves it
 * as a download. Answers what happened, for the screen reader's status line.
 */
async function shareOrSave(s: Snapshot, handle: string, productName: string): Promise<string> {
  const name = snapshotFileName(handle, s)
  const file = new File([s.blob], name, { type: 'image/jpeg' })
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: `${productName} in ${s.colorName}` })
      return 'Shared.'
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'Sharing cancelled.'
    }
  }
  const a = document.createElement('a')
  a.href = s.url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  return `Saved ${name}.`
}

/** Up to four snapshots side by side, to choose between colours. A modal dialog. */
export function Compare({
  snapshots,
  productName,
  handle,
  onRemove,
  onClose,
  large,
}: {
  snapshots: Snapshot[]
  productName: string
  handle: string
  onRemove: (id: string) => void
  onClose: () => void
  large: boolean
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [said, setSaid] = useState('')
  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
  }, [])
  useEffect(() => {
    if (snapshots.length === 0) onClose()
  }, [snapshots.length, onClose])

  return (
    <dialog
      ref={dialog}
      aria-labelledby="compare-title"
      onClose={onClose}
      data-testid="compare"
      className="m-0 h-dvh max-h-none w-screen max-w-none bg-ink p-4 text-white backdrop:bg-black/70 sm:p-8"
    >
      <div className="mx-auto flex h-full max-w-6xl flex-col">
        <div className="flex items-center justify-between gap-3">
          <h2 id="compare-title" className={`font-bold ${large ? 'text-4xl' : 'text-xl'}`}>
            Compare colours
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className={buttonClass('secondary', 'border-white/40 bg-transparent text-white hover:border-white')}>
            Close
          </button>
        </div>
        <ul className={`mt-4 grid min-h-0 content-start gap-3 overflow-y-auto ${snapshots.length > 1 ? 'grid-cols-2' : 'mx-auto w-full max-w-md grid-cols-1'} ${snapshots.length > 2 ? 'lg:grid-cols-4' : ''}`}>
          {snapshots.map((s) => (
            <li key={s.id} className="flex flex-col rounded-xl bg-white/5 p-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- a blob URL made on this device */}
              <img src={s.url} alt={`${productName} in ${s.colorName}`} className="aspect-[3/4] w-full rounded-lg object-cover" />
              <p className={`mt-2 font-semibold ${large ? 'text-2xl' : 'text-sm'}`}>{s.colorName}</p>
              <div className="mt-1 flex flex-wrap gap-1">
                <button type="button" onClick={async () => setSaid(await shareOrSave(s, handle, productName))} className={buttonClass('ghost', 'px-2! text-white')}>
                  Share<span className="sr-only"> the {s.colorName} snapshot</span>
                </button>
                <button type="button" onClick={() => onRemove(s.id)} className={buttonClass('ghost', 'px-2! text-white')}>
                  Remove<span className="sr-only"> the {s.colorName} snapshot</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
        <p role="status" className="mt-2 text-sm text-white/80">
          {said}
        </p>
      </div>
    </dialog>
  )
}
