'use client'

import { useRef } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CancelForm } from './cancel-form'

type CancelReservationProps = {
  action: (form: FormData) => Promise<void>
  id: string
  accessKey: string
  /** This page with the no-JavaScript confirmation step shown. */
  confirmHref: string
}

/**
 * "Cancel reservation" asks first. Without JavaScript it is a link to the page's own confirmation
 * step; with it, the same question in a modal dialog.
 */
export function CancelReservation({ action, id, accessKey, confirmHref }: CancelReservationProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <a
        href={confirmHref}
        onClick={(e) => {
          if (!dialog.current?.showModal) return
          e.preventDefault()
          dialog.current.showModal()
        }}
        className={buttonClass('secondary', 'w-full sm:w-auto')}
      >
        Cancel reservation
      </a>
      <dialog
        ref={dialog}
        aria-labelledby="cancel-dialog-heading"
        className="m-auto w-[min(calc(100vw-2rem),26rem)] rounded-xl border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-[rgb(28_25_23/0.55)]"
      >
        <CancelForm
          action={action}
          id={id}
          accessKey={accessKey}
          headingId="cancel-dialog-heading"
          keep={
            <button type="button" onClick={() => dialog.current?.close()} className={buttonClass('secondary')}>
              Keep it
            </button>
          }
        />
      </dialog>
    </>
  )
}
