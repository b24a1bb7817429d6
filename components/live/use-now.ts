import { useSyncExternalStore } from 'react'

// One clock for every ticking label on the page, running only while one is shown.
let now = 0
let timer: ReturnType<typeof setInterval> | undefined
const listeners = new Set<() => void>()

function tick() {
  now = Date.now()
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  if (!timer) {
    now = Date.now()
    timer = setInterval(tick, 1000)
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      clearInterval(timer)
      timer = undefined
    }
  }
}

/** The time, updated every second; 0 during the server render. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now, () => 0)
}
