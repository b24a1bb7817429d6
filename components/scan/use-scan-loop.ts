'use client'

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { createReadConfirmer } from '@/lib/scan/confirm'
import { createScanEngine, type ScanEngine } from '@/lib/scan/engine'
import type { ScanRead } from '@/lib/scan/validate'

export type ScanMetrics = {
  engine: ScanEngine['kind'] | null
  /** performance.now() of the first camera frame the page saw. */
  firstFrameAt: number | null
  frames: number
  lastDecodeMs: number | null
  confirmedAt: number | null
}

declare global {
  interface Window {
    /** Scanner timings, for diagnostics and the benchmark. */
    __aisleScan?: ScanMetrics
  }
}

/**
 * The scan's timings, kept in sessionStorage so the benchmark can measure across the navigation to
 * the product page: { firstFrameEpoch, previewMs, confirmedEpoch }.
 */
export const SCAN_TIMING_KEY = 'aisle.scan.timing'

function saveTiming(metrics: ScanMetrics) {
  try {
    const epoch = (t: number | null) => (t === null ? null : performance.timeOrigin + t)
    sessionStorage.setItem(
      SCAN_TIMING_KEY,
      JSON.stringify({
        firstFrameEpoch: epoch(metrics.firstFrameAt),
        previewMs: metrics.firstFrameAt,
        confirmedEpoch: epoch(metrics.confirmedAt),
        engine: metrics.engine,
      }),
    )
  } catch {
    // Diagnostics only.
  }
}

type LoopOptions = {
  /** Decode while true; the engine stays loaded while false. */
  active: boolean
  onRead: (read: ScanRead) => void
  /** A 1-D code seen once, waiting for its second frame: "hold still". */
  onSighting: (read: ScanRead) => void
}

/**
 * Feeds camera frames to the engine one at a time (a slow frame is never queued behind another)
 * and passes on the reads that two frames agree on.
 */
export function useScanLoop(videoRef: RefObject<HTMLVideoElement | null>, { active, onRead, onSighting }: LoopOptions) {
  const [engine, setEngine] = useState<ScanEngine | null>(null)
  // A photo chosen while the engine is still loading waits for it instead of failing.
  const [whenReady] = useState(() => {
    let resolve: (engine: ScanEngine) => void = () => {}
    const promise = new Promise<ScanEngine>((r) => (resolve = r))
    return { promise, resolve }
  })
  const [engineError, setEngineError] = useState<string | null>(null)
  const callbacks = useRef({ onRead, onSighting })
  useEffect(() => {
    callbacks.current = { onRead, onSighting }
  })

  useEffect(() => {
    window.__aisleScan = { engine: null, firstFrameAt: null, frames: 0, lastDecodeMs: null, confirmedAt: null }
    const prefer = new URLSearchParams(window.location.search).get('engine') === 'wasm' ? 'wasm' : undefined
    let disposed = false
    let created: ScanEngine | null = null
    createScanEngine({ prefer }).then(
      (e) => {
        if (disposed) return e.dispose()
        created = e
        window.__aisleScan!.engine = e.kind
        e.ready.then(
          () => {
            if (disposed) return
            setEngine(e)
            whenReady.resolve(e)
          },
          (error: Error) => !disposed && setEngineError(error.message),
        )
      },
      (error: Error) => setEngineError(error.message),
    )
    return () => {
      disposed = true
      created?.dispose()
    }
  }, [whenReady])

  useEffect(() => {
    const video = videoRef.current
    if (!active || !video || !engine) return
    const metrics = window.__aisleScan!
    const confirmer = createReadConfirmer()
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined

    const next = () => {
      if (stopped) return
      if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => void tick())
      else timer = setTimeout(() => void tick(), 60)
    }

    const tick = async () => {
      if (stopped) return
      if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || video.videoWidth === 0) {
        // No frame yet (the camera is starting): look again shortly rather than wait for a frame callback.
        timer = setTimeout(() => void tick(), 50)
        return
      }
      if (metrics.firstFrameAt === null) {
        metrics.firstFrameAt = performance.now()
        saveTiming(metrics)
      }
      try {
        const bitmap = await createImageBitmap(video)
        if (stopped) return bitmap.close()
        const result = await engine.decodeFrame(bitmap)
        metrics.frames++
        metrics.lastDecodeMs = result.ms
        if (stopped) return
        const confirmed = confirmer.offer(result.reads, performance.now())
        if (confirmed) {
          metrics.confirmedAt = performance.now()
          saveTiming(metrics)
          callbacks.current.onRead(confirmed)
          return
        }
        if (result.reads.length > 0) callbacks.current.onSighting(result.reads[0])
      } catch (error) {
        if (!stopped) setEngineError(error instanceof Error ? error.message : String(error))
        return
      }
      next()
    }

    next()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [videoRef, active, engine])

  const decodeImage = useCallback(async (blob: Blob) => (await whenReady.promise).decodeImage(blob), [whenReady])

  return { engineError, decodeImage }
}
