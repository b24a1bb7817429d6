'use client'

import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type CSSProperties } from 'react'
import { FitMeter, estimateFit, type FitEstimate } from '@/lib/try-on/fit'
import { facePose, headOccluder, itemPose, type FacePose, type ItemGroup, type ItemPose, type Occluder } from '@/lib/try-on/pose'
import { PoseSmoother, Presence } from '@/lib/try-on/smoothing'
import type { TrackerBackend } from '@/lib/try-on/backend'
import type { Tracker } from '@/lib/try-on/tracker'
import type { Overlay } from './overlay'

/**
 * The try-on's picture: any video source (the phone's front camera, a smart mirror's camera) or a
 * still photo, the item drawn over it where the face is. `mirrored` flips the picture and the
 * drawing together (a selfie view; a mirror). It fills its box and crops the source to cover it.
 */
export type TrackingStatus = 'loading' | 'searching' | 'tracking' | 'lost' | 'no-face'
export type StageProblem = 'model-failed' | 'tracker-failed'

export type StageSource = { kind: 'video'; stream: MediaStream } | { kind: 'photo'; canvas: HTMLCanvasElement }

export type StageHandle = {
  /** What the shopper sees, as a JPEG: the visible crop, mirrored as shown. */
  snapshot: () => Promise<Blob | null>
}

type StageProps = {
  source: StageSource
  mirrored: boolean
  glb: string
  group: ItemGroup
  variant: string
  lowPower: boolean
  /** Where WebGL is software-rendered the models run on WebAssembly (lib/try-on/backend.ts). */
  backend: TrackerBackend
  onStatus: (status: TrackingStatus) => void
  onProblem: (problem: StageProblem) => void
  onFit?: (fit: FitEstimate | null) => void
  /** The variant now drawn (after its material loaded). */
  onVariant?: (code: string) => void
  label: string
  className?: string
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** Resolves when the video shows a new frame (or on the next animation frame where that is not reported). */
const nextVideoFrame = (video: HTMLVideoElement) =>
  new Promise<void>((resolve) => {
    if (typeof video.requestVideoFrameCallback === 'function') video.requestVideoFrameCallback(() => resolve())
    else requestAnimationFrame(() => resolve())
  })
/** Low-power mode: at most this many face readings a second, and drawing only when one arrives. */
const LOW_POWER_INTERVAL_MS = 250
/** A face missing this long is "lost" (the item has faded) rather than a dropped frame. */
const LOST_AFTER_MS = 400
/** Run the iris model on one reading in this many, once the face's width is known. */
const IRIS_EVERY = 4

function sourceSize(source: StageSource, video: HTMLVideoElement | null) {
  if (source.kind === 'photo') return { width: source.canvas.width, height: source.canvas.height }
  return { width: video?.videoWidth ?? 0, height: video?.videoHeight ?? 0 }
}

export const TryOnStage = forwardRef<StageHandle, StageProps>(function TryOnStage(
  { source, mirrored, glb, group, variant, lowPower, backend, onStatus, onProblem, onFit, onVariant, label, className = '' },
  ref,
) {
  const root = useRef<HTMLDivElement>(null)
  const video = useRef<HTMLVideoElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const overlay = useRef<Overlay | null>(null)
  const variantChanged = useRef(false)
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  const [ready, setReady] = useState(false)
  // The loop reads these each frame without restarting.
  const live = useRef({ lowPower, variant, onStatus, onProblem, onFit, onVariant })
  useEffect(() => {
    live.current = { lowPower, variant, onStatus, onProblem, onFit, onVariant }
  })

  // The drawing and the tracker, once per model and backend.
  const tracker = useRef<Tracker | null>(null)
  useEffect(() => {
    const el = canvas.current
    if (!el) return
    const abort = new AbortController()
    let disposed = false
    setReady(false)
    live.current.onStatus('loading')
    Promise.all([
      import('./overlay').then(({ createOverlay }) => createOverlay(el, glb, abort.signal)).catch((e: unknown) => {
        throw Object.assign(new Error('model'), { cause: e, problem: 'model-failed' as const })
      }),
      import('@/lib/try-on/tracker').then(({ createTracker }) => createTracker(backend)).catch((e: unknown) => {
        throw Object.assign(new Error('tracker'), { cause: e, problem: 'tracker-failed' as const })
      }),
    ])
      .then(async ([o, t]) => {
        if (disposed) {
          o.dispose()
          t.dispose()
          return
        }
        overlay.current = o
        tracker.current = t
        await o.setVariant(live.current.variant)
        live.current.onVariant?.(live.current.variant)
        setReady(true)
      })
      .catch((e: { problem?: StageProblem }) => {
        if (!disposed && !abort.signal.aborted) live.current.onProblem(e.problem ?? 'model-failed')
      })
    return () => {
      disposed = true
      abort.abort()
      overlay.current?.dispose()
      overlay.current = null
      tracker.current?.dispose()
      tracker.current = null
    }
  }, [glb, backend])

  // The colour: the material switches in place, no reload.
  useEffect(() => {
    const o = overlay.current
    if (!o || !ready) return
    let current = true
    o.setVariant(variant).then((ok) => {
      variantChanged.current = true
      if (current && ok) live.current.onVariant?.(variant)
    })
    return () => {
      current = false
    }
  }, [variant, ready])

  // The picture: a stream plays in the video element; a photo is drawn once.
  useEffect(() => {
    const v = video.current
    if (source.kind !== 'video' || !v) return
    v.srcObject = source.stream
    const onMeta = () => setSize({ width: v.videoWidth, height: v.videoHeight })
    v.addEventListener('loadedmetadata', onMeta)
    v.addEventListener('resize', onMeta)
    v.play().catch(() => undefined)
    if (v.videoWidth) onMeta()
    return () => {
      v.removeEventListener('loadedmetadata', onMeta)
      v.removeEventListener('resize', onMeta)
      v.srcObject = null
    }
  }, [source])

  // The photo path sets its size synchronously from the canvas.
  const photoSize = source.kind === 'photo' ? { width: source.canvas.width, height: source.canvas.height } : null
  const shownSize = photoSize ?? size

  // Tracking and drawing.
  useEffect(() => {
    const o = overlay.current
    const t = tracker.current
    if (!ready || !o || !t || !shownSize) return
    o.setSize(shownSize.width, shownSize.height)
    let stopped = false
    const smoother = new PoseSmoother()
    const presence = new Presence(150, 350)
    const fit = new FitMeter()
    let reading: { face: FacePose | null; at: number; fresh: boolean } = { face: null, at: 0, fresh: false }
    let lastSeen = -Infinity
    let status: TrackingStatus | null = null
    let pose: ItemPose | null = null
    let head: Occluder | null = null
    const times: number[] = []
    const readingsAt: number[] = []
    const setStatus = (s: TrackingStatus) => {
      if (s === status) return
      status = s
      root.current?.setAttribute('data-tracking', s)
      live.current.onStatus(s)
    }

    if (source.kind === 'photo') {
      // One reading, one drawing; the colour effect redraws through the render below.
      t.detect(source.canvas).then(({ face, ms }) => {
        if (stopped) return
        times.push(ms)
        const f = face ? facePose(face.mesh, face) : null
        if (!f) {
          setStatus('no-face')
          o.draw(null, null, 0)
          return
        }
        pose = itemPose(f, group)
        head = headOccluder(f)
        if (group === 'eyewear' && f.scaleFrom === 'iris') live.current.onFit?.(estimateFit(o.widthMm, f.faceWidthMm))
        setStatus('tracking')
        const redraw = () => {
          if (stopped) return
          o.draw(pose, head, 1)
          requestAnimationFrame(redraw)
        }
        redraw()
      })
      return () => {
        stopped = true
      }
    }

    const v = video.current!
    let count = 0
    setStatus('searching')
    // The face readings: as fast as the models allow, or a few a second in low-power mode.
    ;(async () => {
      while (!stopped) {
        if (document.hidden || v.readyState < 2) {
          await sleep(200)
          continue
        }
        const started = performance.now()
        let result: Awaited<ReturnType<Tracker['detect']>>
        // The iris (for real size) every few readings; between them the face's measured width holds the scale.
        const knownWidth = fit.value()
        const iris = knownWidth === null || count % IRIS_EVERY === 0
        count++
        try {
          result = await t.detect(v, { iris })
        } catch {
          await sleep(500)
          continue
        }
        if (stopped) return
        const now = performance.now()
        times.push(result.ms)
        if (times.length > 30) times.shift()
        readingsAt.push(now)
        while (readingsAt.length && readingsAt[0] < now - 2000) readingsAt.shift()
        reading = { face: result.face ? facePose(result.face.mesh, result.face, knownWidth) : null, at: now, fresh: true }
        if (live.current.lowPower) await sleep(Math.max(0, LOW_POWER_INTERVAL_MS - (performance.now() - started)))
        // The next reading waits for the camera's next frame: reading the same picture twice is wasted work.
        else await nextVideoFrame(v)
      }
    })()

    // Figures for support and the benchmark: ms per reading and readings per second.
    const stats = setInterval(() => {
      const el = root.current
      const now = performance.now()
      while (readingsAt.length && readingsAt[0] < now - 2000) readingsAt.shift()
      if (!el || times.length === 0) return
      const sorted = [...times].sort((a, b) => a - b)
      el.setAttribute('data-track-ms', sorted[Math.floor(sorted.length / 2)].toFixed(1))
      el.setAttribute('data-fps', (readingsAt.length / 2).toFixed(1))
      const face = fit.value()
      if (group === 'eyewear' && face !== null) live.current.onFit?.(estimateFit(o.widthMm, face))
    }, 1000)

    const draw = (now: number) => {
      if (stopped) return
      let changed = false
      if (reading.fresh) {
        reading.fresh = false
        changed = true
        const f = reading.face
        if (f) {
          lastSeen = reading.at
          pose = smoother.update(itemPose(f, group), reading.at)
          head = headOccluder(f)
          if (f.scaleFrom === 'iris') fit.add(f.faceWidthMm)
        }
      }
      const tracked = now - lastSeen < LOST_AFTER_MS
      if (!tracked && pose && presence.opacity === 0) {
        smoother.reset()
        pose = null
      }
      const before = presence.opacity
      const opacity = presence.update(tracked, now)
      setStatus(tracked ? 'tracking' : lastSeen > 0 ? 'lost' : 'searching')
      // Drawn only when something moved: a software-rendered frame costs the tracker CPU time.
      if (changed || opacity !== before || variantChanged.current) {
        variantChanged.current = false
        o.draw(pose, head, opacity)
      }
      requestAnimationFrame(draw)
    }
    requestAnimationFrame(draw)
    return () => {
      stopped = true
      clearInterval(stats)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shownSize is compared by value (width, height): a new object of the same size must not restart tracking
  }, [ready, source, group, shownSize?.width, shownSize?.height])

  useImperativeHandle(
    ref,
    () => ({
      async snapshot() {
        const el = root.current
        const o = overlay.current
        const { width: sw, height: sh } = sourceSize(source, video.current)
        if (!el || !o || !sw || !sh) return null
        const box = el.getBoundingClientRect()
        const fit = Math.max(box.width / sw, box.height / sh)
        const vw = Math.min(sw, box.width / fit)
        const vh = Math.min(sh, box.height / fit)
        const sx = (sw - vw) / 2
        const sy = (sh - vh) / 2
        const out = document.createElement('canvas')
        out.width = Math.round(vw)
        out.height = Math.round(vh)
        const ctx = out.getContext('2d')
        if (!ctx) return null
        if (mirrored) {
          ctx.translate(out.width, 0)
          ctx.scale(-1, 1)
        }
        const picture = source.kind === 'photo' ? source.canvas : video.current!
        ctx.drawImage(picture, sx, sy, vw, vh, 0, 0, out.width, out.height)
        ctx.drawImage(o.canvas, sx, sy, vw, vh, 0, 0, out.width, out.height)
        return new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/jpeg', 0.9))
      },
    }),
    [source, mirrored],
  )

  const ratio = shownSize ? shownSize.width / shownSize.height : 4 / 3
  // Cover the box with the source's aspect, centred; container units keep it in CSS.
  const layer: CSSProperties = {
    position: 'absolute',
    left: '50%',
    top: '50%',
    width: `max(100cqw, calc(100cqh * ${ratio}))`,
    height: `max(100cqh, calc(100cqw / ${ratio}))`,
    transform: `translate(-50%, -50%)${mirrored ? ' scaleX(-1)' : ''}`,
  }
  return (
    <div
      ref={root}
      role="img"
      aria-label={label}
      data-testid="try-on-stage"
      data-mirrored={mirrored ? 'true' : 'false'}
      data-backend={backend}
      className={`overflow-hidden bg-ink [container-type:size] ${className || 'relative'}`}
    >
      <div style={layer}>
        {source.kind === 'video' ? (
          <video ref={video} muted playsInline autoPlay className="absolute inset-0 size-full" aria-hidden="true" />
        ) : (
          <PhotoLayer canvas={source.canvas} />
        )}
        <canvas ref={canvas} className="absolute inset-0 size-full" aria-hidden="true" />
      </div>
    </div>
  )
})

/** Shows the uploaded photo (already drawn into its canvas) under the drawing. */
function PhotoLayer({ canvas }: { canvas: HTMLCanvasElement }) {
  const shown = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    shown.current?.getContext('2d')?.drawImage(canvas, 0, 0)
  }, [canvas])
  return <canvas ref={shown} width={canvas.width} height={canvas.height} className="absolute inset-0 size-full" aria-hidden="true" />
}
