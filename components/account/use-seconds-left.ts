'use client'

import { useEffect, useState } from 'react'

/** Whole seconds left of a `seconds`-long wait that began at `from` (epoch ms), ticking until it is over. */
export function useSecondsLeft(from: number, seconds: number): number {
  const until = from + seconds * 1000
  const [now, setNow] = useState(from)
  useEffect(() => {
    const timer = setInterval(() => {
      const t = Date.now()
      setNow(t)
      if (t >= until) clearInterval(timer)
    }, 250)
    return () => clearInterval(timer)
  }, [until])
  return Math.max(0, Math.ceil((until - Math.max(now, from)) / 1000))
}
