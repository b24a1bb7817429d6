'use client'

import { useEffect, useRef, useState } from 'react'
import type { StreamState } from './use-staff-stream'

const label: Record<StreamState, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…' }
const dot: Record<StreamState, string> = { connecting: 'bg-line-strong', live: 'bg-ok', reconnecting: 'bg-warn' }

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  return s < 60 ? `${s} s ago` : `${Math.round(s / 60)} min ago`
}

type LiveStatusProps = {
  state: StreamState
  /** Changes whenever the screen's data was read again (the server's render time). */
  version: string
}

/** A calm word on whether the screen follows changes as they happen, and, when it does not, how old it is. */
export function LiveStatus({ state, version }: LiveStatusProps) {
  // The age is measured on this device's clock, from when this data arrived, not the server's.
  const arrived = useRef<{ version: string; at: number } | null>(null)
  const [age, setAge] = useState<number | null>(null)
  useEffect(() => {
    if (arrived.current?.version !== version) arrived.current = { version, at: Date.now() }
  }, [version])
  useEffect(() => {
    if (state !== 'reconnecting') return
    const tick = () => setAge(arrived.current ? Date.now() - arrived.current.at : null)
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 5_000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [state])
  return (
    <p role="status" className="inline-flex min-h-9 w-fit items-center gap-2 rounded-full border border-line bg-surface px-3 text-sm font-medium whitespace-nowrap" data-live={state}>
      <span aria-hidden="true" className={`size-2 rounded-full ${dot[state]}`} />
      {label[state]}
      {state === 'reconnecting' && age !== null && <span className="text-muted">· updated {ago(age)}</span>}
    </p>
  )
}
