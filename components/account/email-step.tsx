'use client'

import { useEffect, useId, useState, useSyncExternalStore } from 'react'
import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill, WebAuthnAbortService } from '@simplewebauthn/browser'
import { buttonClass } from '@/components/ui/button-styles'
import { messageOf, postJson } from './auth-client'
import { errorClass, fieldClass, labelClass, noticeClass } from './field-styles'
import { PasskeyCancelled, passkeySignIn } from './passkey-client'

const noop = () => () => {}

type EmailStepProps = { notice: string | null; onSent: (email: string, at: number) => void; onSignedIn: () => void }

/**
 * The address to mail a code to. The field also offers this site's passkeys as suggestions
 * (conditional mediation) where the browser can, and a button asks for one outright.
 */
export function EmailStep({ notice, onSent, onSignedIn }: EmailStepProps) {
  const id = useId()
  const [email, setEmail] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<'code' | 'passkey' | null>(null)
  // Known only in the browser: the server renders the page without the passkey button.
  const passkeys = useSyncExternalStore(noop, browserSupportsWebAuthn, () => false)

  useEffect(() => {
    let live = true
    browserSupportsWebAuthnAutofill().then((autofill) => {
      if (!autofill || !live) return
      passkeySignIn(true).then(onSignedIn, (e: unknown) => {
        // Autofill waits quietly; only a passkey that was picked and then refused is worth a word.
        if (live && !(e instanceof PasskeyCancelled)) setError(messageOf(e))
      })
    })
    return () => {
      live = false
      WebAuthnAbortService.cancelCeremony()
    }
  }, [onSignedIn])

  async function sendCode(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    setPending('code')
    setError(null)
    try {
      await postJson('/api/v1/auth/code', { email })
      onSent(email.trim().toLowerCase(), Date.now())
    } catch (x) {
      setError(messageOf(x))
      setPending(null)
    }
  }

  async function usePasskey() {
    setPending('passkey')
    setError(null)
    try {
      await passkeySignIn(false)
      onSignedIn()
    } catch (x) {
      setError(x instanceof PasskeyCancelled ? 'No passkey was used. Try again, or get a code by email.' : messageOf(x))
      setPending(null)
    }
  }

  return (
    <div className="space-y-5">
      {notice && (
        <p role="status" className={noticeClass}>
          {notice}
        </p>
      )}
      <form onSubmit={sendCode} className="space-y-4" noValidate>
        <div>
          <label htmlFor={`${id}-email`} className={labelClass}>
            Email
          </label>
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            inputMode="email"
            // "webauthn" lets the browser offer saved passkeys right in this field.
            autoComplete="username webauthn"
            required
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error && pending === null ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            className={fieldClass}
          />
          <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
            We&apos;ll email you a 6-digit code. No password needed.
          </p>
        </div>
        <p id={`${id}-error`} role="alert" className={`${errorClass} empty:hidden`}>
          {error}
        </p>
        <button type="submit" disabled={pending !== null} className={buttonClass('primary', 'h-12 w-full text-base')}>
          {pending === 'code' ? 'Sending…' : 'Email me a code'}
        </button>
      </form>
      {passkeys && (
        <>
          <p className="flex items-center gap-3 text-xs font-semibold tracking-wide text-muted uppercase before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">
            or
          </p>
          <button type="button" onClick={usePasskey} disabled={pending !== null} className={buttonClass('secondary', 'h-12 w-full text-base')}>
            {pending === 'passkey' ? 'Waiting for your passkey…' : 'Sign in with a passkey'}
          </button>
        </>
      )}
    </div>
  )
}
