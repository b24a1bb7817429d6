'use client'

import { useActionState, useId, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { errorClass, fieldClass, labelClass } from './field-styles'
import type { PasskeyFormState } from './form-state'

type Action = (state: PasskeyFormState, form: FormData) => Promise<PasskeyFormState>
type PasskeyItemProps = { id: string; name: string; detail: string; rename: Action; remove: Action }

/** One passkey: its name and dates, renamed in place, removed after a second press. */
export function PasskeyItem({ id, name, detail, rename, remove }: PasskeyItemProps) {
  const uid = useId()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [renamed, renameAction, renaming] = useActionState(async (s: PasskeyFormState, f: FormData) => {
    const next = await rename(s, f)
    if (next.status === 'saved') setEditing(false)
    return next
  }, { status: 'idle' })
  const [removed, removeAction, removing] = useActionState(remove, { status: 'idle' })
  const error = renamed.status === 'error' ? renamed.error : removed.status === 'error' ? removed.error : null

  return (
    <li className="py-3">
      {editing ? (
        <form action={renameAction} className="space-y-3">
          <input type="hidden" name="id" value={id} />
          <div>
            <label htmlFor={`${uid}-name`} className={labelClass}>
              Passkey name
            </label>
            <input id={`${uid}-name`} name="name" defaultValue={name} required maxLength={60} autoFocus className={fieldClass} />
          </div>
          <div className="flex gap-2">
            <button type="submit" disabled={renaming} className={buttonClass('primary')}>
              {renaming ? 'Saving…' : 'Save name'}
            </button>
            <button type="button" onClick={() => setEditing(false)} className={buttonClass('secondary')}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <div className="min-w-0">
            <p className="font-semibold break-words">{name}</p>
            <p className="text-sm text-muted">{detail}</p>
          </div>
          <div className="flex gap-2">
            <button type="button" onClick={() => setEditing(true)} className={buttonClass('secondary', 'min-h-11 px-4')} aria-label={`Rename ${name}`}>
              Rename
            </button>
            <form action={removeAction}>
              <input type="hidden" name="id" value={id} />
              {/* Two keys, two elements: re-typing one button in its own click would submit the form at once. */}
              {confirming ? (
                <button key="confirm" type="submit" autoFocus disabled={removing} className={buttonClass('secondary', 'min-h-11 border-sale px-4 text-sale hover:border-sale')}>
                  {removing ? 'Removing…' : `Yes, remove ${name}`}
                </button>
              ) : (
                <button key="ask" type="button" onClick={() => setConfirming(true)} className={buttonClass('secondary', 'min-h-11 px-4')} aria-label={`Remove ${name}`}>
                  Remove
                </button>
              )}
            </form>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className={`${errorClass} mt-2`}>
          {error}
        </p>
      )}
    </li>
  )
}
