'use client'

import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type CSSProperties } from 'react'
import type { TrackerBackend } from '@/lib/try-on/backend'
import type { FitEstimate } from '@/lib/try-on/fit'
import type { ItemGroup } from '@/lib/try-on/pose'
import { composeSnapshot, visibleCrop } from '@/lib/try-on/snapshot'
import type { Tracker } from '@/lib/try-on/tracker'
import type { Overlay } from './overlay'
import { trackPhoto, trackVideo, type TrackingStatus } from './tracking'

export type { TrackingStatus } from './tracking'

/**
 * The try-on's picture: any video source (the phone's front camera, a smart mirror's camera) or a
 * still photo, the item drawn over it where the face is. `mirrored` flips the picture and the
 * drawing together (a selfie view; a mirror). It fills its box and crops the source to cover it.
 */
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
    const ctx = { overlay: o, tracker: t, group, root: () => root.current, live, variantChanged }
    return source.kind === 'photo' ? trackPhoto(ctx, source.canvas) : trackVideo(ctx, video.current!)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shownSize is compared by value (width, height): a new object of the same size must not restart tracking
  }, [ready, source, group, shownSize?.width, shownSize?.height])

  useImperativeHandle(
    ref,
    () => ({
      async snapshot() {
        const el = root.current
        const o = overlay.current
        const { width, height } = sourceSize(source, video.current)
        if (!el || !o || !width || !height) return null
        const box = el.getBoundingClientRect()
        const picture = source.kind === 'photo' ? source.canvas : video.current!
        return composeSnapshot([picture, o.canvas], visibleCrop(width, height, box.width, box.height), mirrored)
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
