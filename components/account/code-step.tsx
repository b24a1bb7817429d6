'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { messageOf, postJson } from './auth-client'
import { browserScans } from './browser-scans'
import { errorClass, fieldClass, labelClass, noticeClass } from './field-styles'
import { useSecondsLeft } from './use-seconds-left'

const textButton = 'inline-flex min-h-11 items-center text-sm font-semibold text-accent underline-offset-4 hover:underline disabled:cursor-not-allowed disabled:text-muted disabled:no-underline'

type CodeStepProps = {
  email: string
  sentAt: number
  resendSeconds: number
  onResent: (at: number) => void
  onChangeEmail: () => void
  onSignedIn: () => void
}

/** The 6 digits from the mail; another code after a short wait; a way back to fix the address. */
export function CodeStep({ email, sentAt, resendSeconds, onResent, onChangeEmail, onSignedIn }: CodeStepProps) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [pending, setPending] = useState<'verify' | 'resend' | null>(null)
  const wait = useSecondsLeft(sentAt, resendSeconds)

  useEffect(() => input.current?.focus(), [])

  async function verify(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    setPending('verify')
    setError(null)
    setNotice(null)
    try {
      await postJson('/api/v1/auth/verify', { email, code, scans: browserScans() })
      onSignedIn()
    } catch (x) {
      setError(messageOf(x))
      setPending(null)
      input.current?.select()
    }
  }

  async function resend() {
    setPending('resend')
    setError(null)
    setNotice(null)
    try {
      await postJson('/api/v1/auth/code', { email })
      setCode('')
      setNotice(`We sent a new code to ${email}. Earlier codes no longer work.`)
      onResent(Date.now())
      input.current?.focus()
    } catch (x) {
      setError(messageOf(x))
    }
    setPending(null)
  }

  return (
    <div className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">Check your email</h2>
        <p className="mt-1 text-sm text-muted">
          We sent a 6-digit code to <strong className="font-semibold break-all text-ink">{email}</strong>. It works for 10 minutes.
        </p>
      </div>
      <form onSubmit={verify} className="space-y-4" noValidate>
        <div>
          <label htmlFor={`${id}-code`} className={labelClass}>
            Code
          </label>
          <input
            ref={input}
            id={`${id}-code`}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={7}
            required
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/[^\d ]/g, ''))}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className={`${fieldClass} text-xl tracking-[0.4em] tabular-nums`}
          />
        </div>
        <p id={`${id}-error`} role="alert" className={`${errorClass} empty:hidden`}>
          {error}
        </p>
        <p role="status" className={`${noticeClass} empty:hidden`}>
          {notice}
        </p>
        <button type="submit" disabled={pending !== null} className={buttonClass('primary', 'h-12 w-full text-base')}>
          {pending === 'verify' ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <div className="flex flex-wrap items-center justify-between gap-x-4">
        <button type="button" onClick={onChangeEmail} disabled={pending !== null} className={textButton}>
          Use a different email
        </button>
        <button type="button" onClick={resend} disabled={pending !== null || wait > 0} className={`${textButton} tabular-nums`}>
          {pending === 'resend' ? 'Sending…' : wait > 0 ? `Resend code in ${wait} s` : 'Resend code'}
        </button>
      </div>
    </div>
  )
}
