'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { MEMBER_STREAM_URL, useEventStream, type StreamState } from '@/components/live/use-event-stream'
import { fetchWallet } from '@/lib/wallet/client'
import type { WalletView } from '@/lib/wallet/schemas'
import { clearCopy, loadCopy, saveCopy } from './offline-copy'

export type WalletState =
  | { status: 'loading' }
  | { status: 'live'; wallet: WalletView; fetchedAt: number }
  /** The offline copy: the network (`offline`) or the server (`unavailable`) did not answer. */
  | { status: 'copy'; wallet: WalletView; fetchedAt: number; why: 'offline' | 'unavailable' }
  | { status: 'no-copy'; why: 'offline' | 'unavailable' }
  | { status: 'signed-out' }

/** Changes that a member's stream announces and the wallet shows. */
const CHANGES = ['loyalty.changed', 'receipt.created', 'reservation.changed'] as const
/** A burst of events (a sale is a points change and a receipt) is one refetch. */
const COALESCE_MS = 300
/** A resync this soon after a good load has nothing to add: the stream replays from the load's cursor. */
const FRESH_MS = 5_000

/**
 * The wallet: fetched from the BFF, kept as the browser's offline copy, shown from that copy when
 * the network or the server is not there, refetched when the member's stream says something
 * changed (and when the browser comes back online). A 401 deletes the copy.
 */
export function useWallet(): { state: WalletState; stream: StreamState; refresh: () => void } {
  const [state, setState] = useState<WalletState>({ status: 'loading' })
  /** Where the member stream starts: the first good load's cursor (the browser resumes by itself after that). */
  const [since, setSince] = useState<number | null>(null)
  const loadedAt = useRef(0)
  const inFlight = useRef<AbortController | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  const load = useCallback(async () => {
    inFlight.current?.abort()
    const controller = new AbortController()
    inFlight.current = controller
    const why = typeof navigator !== 'undefined' && navigator.onLine === false ? 'offline' : 'unavailable'
    const result = why === 'offline' ? ({ kind: 'unreachable', status: 0 } as const) : await fetchWallet(controller.signal).catch(() => null)
    if (!result || controller.signal.aborted) return
    if (result.kind === 'ok') {
      saveCopy(localStorage, result.wallet)
      loadedAt.current = Date.now()
      setSince((s) => s ?? result.wallet.since)
      setState({ status: 'live', wallet: result.wallet, fetchedAt: Date.now() })
    } else if (result.kind === 'signed-out') {
      clearCopy(localStorage)
      setSince(null)
      setState({ status: 'signed-out' })
    } else {
      const copy = loadCopy(localStorage)
      const reason = result.status === 0 ? 'offline' : 'unavailable'
      setState(copy ? { status: 'copy', wallet: copy.wallet, fetchedAt: copy.fetchedAt, why: reason } : { status: 'no-copy', why: reason })
    }
  }, [])

  const refresh = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void load(), COALESCE_MS)
  }, [load])

  useEffect(() => {
    // Deferred a tick: the first paint is the shell, then the member's data.
    const first = setTimeout(() => void load(), 0)
    window.addEventListener('online', refresh)
    return () => {
      clearTimeout(first)
      clearTimeout(timer.current)
      inFlight.current?.abort()
      window.removeEventListener('online', refresh)
    }
  }, [load, refresh])

  const stream = useEventStream(since === null ? null : `${MEMBER_STREAM_URL}&lastEventId=${since}`, {
    on: Object.fromEntries(CHANGES.map((type) => [type, refresh])),
    onResync: () => {
      if (Date.now() - loadedAt.current > FRESH_MS) refresh()
    },
  })
  return { state, stream, refresh }
}
