'use client'

import { useActionState, useId, useOptimistic } from 'react'
import type { ConsentPurpose } from '@/lib/db/tables/customers'
import { errorClass } from '@/components/account/field-styles'
import type { ConsentFormState } from './form-state'
import { purposeText } from './purposes'

type ConsentSwitchProps = {
  purpose: ConsentPurpose
  granted: boolean
  action: (state: ConsentFormState, form: FormData) => Promise<ConsentFormState>
}

/** One consent as an on/off switch. A plain form post underneath, so it works without JavaScript too. */
export function ConsentSwitch({ purpose, granted, action }: ConsentSwitchProps) {
  const id = useId()
  const text = purposeText[purpose]
  const [shown, setShown] = useOptimistic(granted)
  const [state, formAction, pending] = useActionState(async (prev: ConsentFormState, form: FormData) => {
    setShown(!granted)
    return action(prev, form)
  }, { status: 'idle' })
  return (
    <form action={formAction} className="flex items-start justify-between gap-4 py-4">
      <input type="hidden" name="purpose" value={purpose} />
      <input type="hidden" name="granted" value={granted ? 'false' : 'true'} />
      <div className="min-w-0">
        <p id={`${id}-title`} className="text-base font-semibold">
          {text.title}
        </p>
        <p id={`${id}-description`} className="mt-0.5 text-sm text-muted">
          {text.description}
        </p>
        {state.status === 'error' && (
          <p role="alert" className={`mt-2 ${errorClass}`}>
            {state.error}
          </p>
        )}
      </div>
      <button
        type="submit"
        role="switch"
        aria-checked={shown}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        disabled={pending}
        className="group relative mt-0.5 inline-flex min-h-11 shrink-0 items-center gap-2 disabled:cursor-wait"
      >
        <span className={`w-7 text-right text-sm font-semibold ${shown ? 'text-accent' : 'text-muted'}`} aria-hidden>
          {shown ? 'On' : 'Off'}
        </span>
        <span aria-hidden className={`relative h-7 w-12 rounded-full transition-colors ${shown ? 'bg-accent' : 'bg-line-strong'}`}>
          <span className={`absolute top-0.5 left-0.5 size-6 rounded-full bg-white shadow transition-transform ${shown ? 'translate-x-5' : ''}`} />
        </span>
      </button>
    </form>
  )
}
