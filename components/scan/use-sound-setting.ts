'use client'

import { useCallback, useSyncExternalStore } from 'react'

const KEY = 'aisle.scan-sound'
const listeners = new Set<() => void>()

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on'
  } catch {
    return false
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The beep is off until the shopper turns it on: a phone beeping in a quiet shop is rude. */
export function useSoundSetting(): [boolean, () => void] {
  const on = useSyncExternalStore(subscribe, read, () => false)
  const toggle = useCallback(() => {
    try {
      localStorage.setItem(KEY, read() ? 'off' : 'on')
    } catch {
      // Storage unavailable: the setting lasts for this page only.
    }
    listeners.forEach((l) => l())
  }, [])
  return [on, toggle]
}
