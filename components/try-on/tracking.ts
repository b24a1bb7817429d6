import { FitMeter, estimateFit, type FitEstimate } from '@/lib/try-on/fit'
import { facePose, headOccluder, itemPose, type FacePose, type ItemGroup, type ItemPose, type Occluder } from '@/lib/try-on/pose'
import { PoseSmoother, Presence } from '@/lib/try-on/smoothing'
import type { Tracker } from '@/lib/try-on/tracker'
import type { Overlay } from './overlay'

export type TrackingStatus = 'loading' | 'searching' | 'tracking' | 'lost' | 'no-face'

/** What the loops read each frame without restarting (the stage keeps it current). */
export type LiveOptions = {
  lowPower: boolean
  onStatus: (status: TrackingStatus) => void
  onFit?: (fit: FitEstimate | null) => void
}

export type TrackingContext = {
  overlay: Overlay
  tracker: Tracker
  group: ItemGroup
  /** The stage's element: `data-tracking`, `data-track-ms` and `data-fps` are written on it. */
  root: () => HTMLElement | null
  live: { readonly current: LiveOptions }
  /** Set when the colour changed: the next frame redraws. */
  variantChanged: { current: boolean }
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

function statusSetter(ctx: TrackingContext) {
  let status: TrackingStatus | null = null
  return (s: TrackingStatus) => {
    if (s === status) return
    status = s
    ctx.root()?.setAttribute('data-tracking', s)
    ctx.live.current.onStatus(s)
  }
}

/** One reading of a still photo and the item drawn on it; the colour effect redraws it. Returns stop. */
export function trackPhoto(ctx: TrackingContext, photo: HTMLCanvasElement): () => void {
  const { overlay: o, tracker, group } = ctx
  const setStatus = statusSetter(ctx)
  let stopped = false
  tracker.detect(photo).then(({ face }) => {
    if (stopped) return
    const f = face ? facePose(face.mesh, face) : null
    if (!f) {
      setStatus('no-face')
      o.draw(null, null, 0)
      return
    }
    const pose = itemPose(f, group)
    const head = headOccluder(f)
    if (group === 'eyewear' && f.scaleFrom === 'iris') ctx.live.current.onFit?.(estimateFit(o.widthMm, f.faceWidthMm))
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

/**
 * Follows the face in a playing video: readings as fast as the models allow (one per camera frame at
 * most) or a few a second in low-power mode; smoothed poses drawn on animation frames, only when
 * something changed. Returns stop.
 */
export function trackVideo(ctx: TrackingContext, video: HTMLVideoElement): () => void {
  const { overlay: o, tracker, group } = ctx
  const setStatus = statusSetter(ctx)
  let stopped = false
  const smoother = new PoseSmoother()
  const presence = new Presence(150, 350)
  const fit = new FitMeter()
  let reading: { face: FacePose | null; at: number; fresh: boolean } = { face: null, at: 0, fresh: false }
  let lastSeen = -Infinity
  let pose: ItemPose | null = null
  let head: Occluder | null = null
  const times: number[] = []
  const readingsAt: number[] = []
  let count = 0
  setStatus('searching')

  // The face readings.
  ;(async () => {
    while (!stopped) {
      if (document.hidden || video.readyState < 2) {
        await sleep(200)
        continue
      }
      const started = performance.now()
      // The iris (for real size) every few readings; between them the face's measured width holds the scale.
      const knownWidth = fit.value()
      const iris = knownWidth === null || count % IRIS_EVERY === 0
      count++
      let result: Awaited<ReturnType<Tracker['detect']>>
      try {
        result = await tracker.detect(video, { iris })
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
      if (ctx.live.current.lowPower) await sleep(Math.max(0, LOW_POWER_INTERVAL_MS - (performance.now() - started)))
      // The next reading waits for the camera's next frame: reading the same picture twice is wasted work.
      else await nextVideoFrame(video)
    }
  })()

  // Figures for support and the benchmark: ms per reading and readings per second.
  const stats = setInterval(() => {
    const el = ctx.root()
    const now = performance.now()
    while (readingsAt.length && readingsAt[0] < now - 2000) readingsAt.shift()
    if (!el || times.length === 0) return
    const sorted = [...times].sort((a, b) => a - b)
    el.setAttribute('data-track-ms', sorted[Math.floor(sorted.length / 2)].toFixed(1))
    el.setAttribute('data-fps', (readingsAt.length / 2).toFixed(1))
    const face = fit.value()
    if (group === 'eyewear' && face !== null) ctx.live.current.onFit?.(estimateFit(o.widthMm, face))
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
    if (changed || opacity !== before || ctx.variantChanged.current) {
      ctx.variantChanged.current = false
      o.draw(pose, head, opacity)
    }
    requestAnimationFrame(draw)
  }
  requestAnimationFrame(draw)
  return () => {
    stopped = true
    clearInterval(stats)
  }
}
