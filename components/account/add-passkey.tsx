'use client'

import { useRouter } from 'next/navigation'
import { useState, useSyncExternalStore } from 'react'
import { browserSupportsWebAuthn } from '@simplewebauthn/browser'
import { buttonClass } from '@/components/ui/button-styles'
import { messageOf } from './auth-client'
import { errorClass, noticeClass } from './field-styles'
import { addPasskey, PasskeyCancelled } from './passkey-client'

const noop = () => () => {}

/** Creates a passkey on this device (fingerprint, face or screen lock) and lists it. */
export function AddPasskey() {
  const router = useRouter()
  // Known only in the browser; the server renders the button's "not supported" twin as nothing.
  const supported = useSyncExternalStore(noop, browserSupportsWebAuthn, () => true)
  const [pending, setPending] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  async function add() {
    setPending(true)
    setMessage(null)
    try {
      const { name } = await addPasskey()
      setMessage({ ok: true, text: `Passkey added as “${name}”. Next time, sign in with it instead of a code.` })
      router.refresh()
    } catch (e) {
      setMessage({ ok: false, text: e instanceof PasskeyCancelled ? 'No passkey was added.' : messageOf(e) })
    }
    setPending(false)
  }

  if (!supported) return <p className="text-sm text-muted">This browser can&apos;t make passkeys. Sign in with an email code here, or add a passkey from another device.</p>
  return (
    <div className="space-y-3">
      <button type="button" onClick={add} disabled={pending} className={buttonClass('primary')}>
        {pending ? 'Waiting for your device…' : 'Add a passkey'}
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? noticeClass : errorClass}>
          {message.text}
        </p>
      )}
    </div>
  )
}
