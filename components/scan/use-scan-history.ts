'use client'

import { useCallback, useSyncExternalStore } from 'react'
import { addToHistory, HISTORY_KEY, parseHistory, type HistoryEntry } from '@/lib/scan/history'

// History lives in localStorage: it belongs to this device and never leaves it.

const listeners = new Set<() => void>()
let cache: { raw: string | null; parsed: HistoryEntry[] } = { raw: null, parsed: [] }
const empty: HistoryEntry[] = []

function read(): HistoryEntry[] {
  let raw: string | null = null
  try {
    raw = localStorage.getItem(HISTORY_KEY)
  } catch {
    return empty
  }
  if (raw !== cache.raw) cache = { raw, parsed: parseHistory(raw) }
  return cache.parsed
}

function write(next: HistoryEntry[]) {
  try {
    if (next.length === 0) localStorage.removeItem(HISTORY_KEY)
    else localStorage.setItem(HISTORY_KEY, JSON.stringify(next))
  } catch {
    // Private mode or a full disk: history is a convenience, scanning goes on without it.
  }
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => event.key === HISTORY_KEY && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export function useScanHistory() {
  const history = useSyncExternalStore(subscribe, read, () => empty)
  const add = useCallback((entry: HistoryEntry) => write(addToHistory(read(), entry)), [])
  const clear = useCallback(() => write([]), [])
  return { history, add, clear }
}
