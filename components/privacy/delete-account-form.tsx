'use client'

import Link from 'next/link'
import { useActionState, useId } from 'react'
import { errorClass, fieldClass, labelClass } from '@/components/account/field-styles'
import { buttonClass } from '@/components/ui/button-styles'
import { dangerClass } from './danger-styles'
import type { DeleteFormState } from './form-state'

type DeleteAccountFormProps = { action: (state: DeleteFormState, form: FormData) => Promise<DeleteFormState> }

/** The last step: typing the email (or DELETE) is the confirmation; there is no undo. */
export function DeleteAccountForm({ action }: DeleteAccountFormProps) {
  const id = useId()
  const [state, formAction, pending] = useActionState(action, { status: 'idle' })
  const error = state.status === 'error' ? state.error : null
  return (
    // The key remounts the field with what was typed, so a refusal does not wipe it.
    <form key={state.status === 'error' ? state.at : 'idle'} action={formAction} className="space-y-4">
      <div>
        <label htmlFor={`${id}-confirm`} className={labelClass}>
          Type your email address or DELETE to confirm
        </label>
        <input
          id={`${id}-confirm`}
          name="confirm"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          maxLength={254}
          defaultValue={state.status === 'error' ? state.typed : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={fieldClass}
        />
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={errorClass}>
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={dangerClass}>
          {pending ? 'Deleting…' : 'Delete my account'}
        </button>
        <Link href="/account/privacy" className={buttonClass('secondary')}>
          Keep my account
        </Link>
      </div>
    </form>
  )
}
