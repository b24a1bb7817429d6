'use client'

import { useActionState, useId } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { errorClass, fieldClass, labelClass, noticeClass } from './field-styles'
import type { ProfileFormState } from './form-state'

type ProfileFormProps = {
  action: (state: ProfileFormState, form: FormData) => Promise<ProfileFormState>
  name: string
  phone: string
}

/** Name and phone. A plain form posting to a server action: it works before (or without) JavaScript. */
export function ProfileForm({ action, name, phone }: ProfileFormProps) {
  const id = useId()
  const [state, formAction, pending] = useActionState(action, { status: 'idle', values: { name, phone } })
  const error = state.status === 'error' ? state : null
  const describe = (field: 'name' | 'phone', hint?: string) =>
    [hint, error?.field === field ? `${id}-error` : null].filter(Boolean).join(' ') || undefined
  return (
    // The key remounts the inputs with what the server kept (a normalised phone) after each answer.
    <form key={state.status === 'idle' ? 'idle' : state.at} action={formAction} className="space-y-4">
      <div>
        <label htmlFor={`${id}-name`} className={labelClass}>
          Name
        </label>
        <input
          id={`${id}-name`}
          name="name"
          autoComplete="name"
          maxLength={100}
          defaultValue={state.values.name}
          aria-invalid={error?.field === 'name' || undefined}
          aria-describedby={describe('name')}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-phone`} className={labelClass}>
          Phone (optional)
        </label>
        <input
          id={`${id}-phone`}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={30}
          defaultValue={state.values.phone}
          aria-invalid={error?.field === 'phone' || undefined}
          aria-describedby={describe('phone', `${id}-phone-hint`)}
          className={fieldClass}
        />
        <p id={`${id}-phone-hint`} className="mt-1 text-sm text-muted">
          So a store can find your account at the till.
        </p>
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className={errorClass}>
          {error.error}
        </p>
      )}
      {state.status === 'saved' && (
        <p role="status" className={noticeClass}>
          Saved.
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Saving…' : 'Save details'}
      </button>
    </form>
  )
}
