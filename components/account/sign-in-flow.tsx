'use client'

import { useCallback, useState } from 'react'
import { CodeStep } from './code-step'
import { EmailStep } from './email-step'

type SignInFlowProps = { next: string; resendSeconds: number; notice: string | null }

/** Email → code (or a passkey at any point); on success the browser goes to `next` with its new session. */
export function SignInFlow({ next, resendSeconds, notice }: SignInFlowProps) {
  const [sent, setSent] = useState<{ email: string; at: number } | null>(null)
  // A full load, so every part of the page (the header too) renders as the signed-in member.
  const done = useCallback(() => window.location.assign(next), [next])
  return sent ? (
    <CodeStep email={sent.email} sentAt={sent.at} resendSeconds={resendSeconds} onResent={(at) => setSent({ ...sent, at })} onChangeEmail={() => setSent(null)} onSignedIn={done} />
  ) : (
    <EmailStep notice={notice} onSent={(email, at) => setSent({ email, at })} onSignedIn={done} />
  )
}
