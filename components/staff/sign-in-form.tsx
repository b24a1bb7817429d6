'use client'

import { useActionState, useEffect, useRef } from 'react'
import { buttonClass } from '@/components/ui/button-styles'

export type SignInFormState = { error: string | null; type?: string; staffId: string }

type SignInFormProps = {
  action: (state: SignInFormState, form: FormData) => Promise<SignInFormState>
  next: string
}

const field =
  'h-12 w-full rounded-lg border border-line-strong bg-surface px-3 text-lg text-ink placeholder:text-muted focus:border-accent aria-invalid:border-sale'
const labelText = 'mb-1 block text-sm font-semibold'

/** Staff id and PIN. A plain form posting to a server action: it works before (or without) JavaScript. */
export function SignInForm({ action, next }: SignInFormProps) {
  const [state, formAction, pending] = useActionState(action, { error: null, staffId: '' })
  const pin = useRef<HTMLInputElement>(null)
  const id = useRef<HTMLInputElement>(null)
  const pinProblem = state.error !== null && state.type !== 'account-locked' && state.staffId !== ''

  // After a failed try, the cursor goes where the fix is: the PIN (or the id when it was left empty).
  useEffect(() => {
    if (state.error === null) return
    ;(state.staffId ? pin : id).current?.focus()
  }, [state])

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="staff-id" className={labelText}>
          Staff id
        </label>
        <input
          ref={id}
          id="staff-id"
          name="staffId"
          defaultValue={state.staffId}
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby="staff-id-hint"
          className={`${field} uppercase`}
        />
        <p id="staff-id-hint" className="mt-1 text-sm text-muted">
          On your badge, like E011.
        </p>
      </div>
      <div>
        <label htmlFor="staff-pin" className={labelText}>
          PIN
        </label>
        <input
          ref={pin}
          id="staff-pin"
          name="pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          required
          maxLength={8}
          aria-invalid={pinProblem || undefined}
          aria-describedby={state.error ? 'sign-in-error' : undefined}
          className={`${field} tracking-[0.3em]`}
        />
      </div>
      <p id="sign-in-error" role="alert" className="rounded-lg bg-sale-soft px-3 py-2 text-sm font-medium text-sale empty:hidden">
        {state.error}
      </p>
      <button type="submit" disabled={pending} className={buttonClass('primary', 'h-12 w-full text-base')}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
