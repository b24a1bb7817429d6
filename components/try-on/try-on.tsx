'use client'

import Link from 'next/link'
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { classifyCameraError, type CameraProblem } from '@/components/scan/use-camera'
import { hasWebGl } from '@/components/three/viewer-api'
import { webglRenderer } from '@/lib/device/graphics'
import { backendForRenderer, type TrackerBackend } from '@/lib/try-on/backend'
import type { FitEstimate } from '@/lib/try-on/fit'
import type { ItemGroup } from '@/lib/try-on/pose'
import { Compare, type Snapshot } from './compare'
import { TryOnStage, type StageHandle, type StageProblem, type StageSource, type TrackingStatus } from './stage'

export type TryOnColor = { code: string; name: string; hex: string }

type TryOnProps = {
  handle: string
  productName: string
  brand: string
  group: ItemGroup
  glb: string
  poster: string
  colors: TryOnColor[]
  initialColor: string
  /** 'mirror': the fitting-room mirror's portrait screen (1080x1920), camera first, no page chrome. */
  layout: 'phone' | 'mirror'
  /** A camera to use (a mirror's), else the front camera. */
  cameraId?: string
}

type Phase =
  | { kind: 'consent' }
  | { kind: 'starting' }
  | { kind: 'live'; source: StageSource }
  | { kind: 'problem'; problem: CameraProblem | StageProblem | 'no-webgl' | 'bad-photo' }

const MAX_SNAPSHOTS = 4
/** Longest side of an uploaded photo as worked on: enough for the face models, light on memory. */
const PHOTO_MAX_SIDE = 1280

const statusText: Record<TrackingStatus, string> = {
  loading: 'Getting try-on ready…',
  searching: 'Looking for your face: face the camera in good light.',
  tracking: 'Tracking your face.',
  lost: 'Face lost: look at the camera again.',
  'no-face': 'We couldn’t find a face in that photo. Try one facing the camera, in good light.',
}

const problemText: Record<Exclude<Phase, { kind: 'consent' | 'starting' | 'live' }>['problem'], { title: string; body: string }> = {
  denied: {
    title: 'Camera access is turned off',
    body: 'To try on live, allow the camera for this site in your browser’s settings (the icon beside the address), then try again. Or use a photo of yourself instead.',
  },
  'no-camera': { title: 'No camera found', body: 'This device has no camera we can use. Use a photo of yourself instead.' },
  'in-use': { title: 'The camera is busy', body: 'Another app or tab is using the camera. Close it and try again, or use a photo.' },
  insecure: { title: 'The camera needs a secure connection', body: 'Browsers only share the camera with pages opened over https. Use a photo instead.' },
  unsupported: { title: 'This browser can’t use the camera', body: 'Use a photo of yourself instead.' },
  failed: { title: 'The camera didn’t start', body: 'Try again, or use a photo of yourself instead.' },
  'no-webgl': {
    title: 'This browser can’t draw 3D',
    body: 'Try-on needs WebGL, which is off or missing here. The photos and colours on the product page show every colour.',
  },
  'model-failed': { title: 'The frames didn’t load', body: 'Check your connection and try again.' },
  'tracker-failed': { title: 'Face tracking couldn’t start', body: 'Try again, or reload the page.' },
  'bad-photo': { title: 'That file isn’t a photo we can open', body: 'Choose a JPEG, PNG or HEIC photo of your face.' },
}

const canRetryCamera = new Set(['denied', 'no-camera', 'in-use', 'failed', 'model-failed', 'tracker-failed'])

function chooseBackend(): TrackerBackend {
  const forced = new URLSearchParams(window.location.search).get('backend')
  if (forced === 'webgl' || forced === 'wasm') return forced
  return backendForRenderer(webglRenderer())
}

async function photoCanvas(file: File): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  // Even sizes keep the maths simple for the drawing's centre.
  canvas.width = Math.max(2, Math.round((bitmap.width * scale) / 2) * 2)
  canvas.height = Math.max(2, Math.round((bitmap.height * scale) / 2) * 2)
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  return canvas
}

/**
 * Try-on for eyewear and hats. A consent screen first (everything runs on the device), then the
 * front camera with the item on the face, colour swatches, snapshots to compare and share, a fit
 * estimate for frames, and a photo instead when there is no camera. `data-*` on the root say
 * what is on screen, for tests, support and the benchmark.
 */
export function TryOn({ handle, productName, brand, group, glb, poster, colors, initialColor, layout, cameraId }: TryOnProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'consent' })
  const [color, setColor] = useState(initialColor)
  const [drawn, setDrawn] = useState<string | null>(null)
  const [status, setStatus] = useState<TrackingStatus>('loading')
  const [fit, setFit] = useState<FitEstimate | null>(null)
  const [lowPower, setLowPower] = useState(false)
  const [backend, setBackend] = useState<TrackerBackend>('webgl')
  const [snapshots, setSnapshots] = useState<Snapshot[]>([])
  const [notice, setNotice] = useState('')
  const [comparing, setComparing] = useState(false)
  const stage = useRef<StageHandle>(null)
  const stream = useRef<MediaStream | null>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const mirror = layout === 'mirror'
  const colorName = colors.find((c) => c.code === color)?.name ?? color

  const stopCamera = useCallback(() => {
    stream.current?.getTracks().forEach((t) => t.stop())
    stream.current = null
  }, [])
  useEffect(() => stopCamera, [stopCamera])

  // Snapshots are blobs in memory: let them go with the page.
  const urls = useRef<string[]>([])
  useEffect(() => {
    urls.current = snapshots.map((s) => s.url)
  }, [snapshots])
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), [])

  const startCamera = useCallback(async () => {
    if (!hasWebGl()) return setPhase({ kind: 'problem', problem: 'no-webgl' })
    if (!window.isSecureContext) return setPhase({ kind: 'problem', problem: 'insecure' })
    if (!navigator.mediaDevices?.getUserMedia) return setPhase({ kind: 'problem', problem: 'unsupported' })
    setBackend(chooseBackend())
    setPhase({ kind: 'starting' })
    stopCamera()
    try {
      const s = await navigator.mediaDevices.getUserMedia({
        video: cameraId
          ? { deviceId: { exact: cameraId } }
          : { facingMode: 'user', width: { ideal: mirror ? 1280 : 640 }, height: { ideal: mirror ? 720 : 480 } },
        audio: false,
      })
      stream.current = s
      setPhase({ kind: 'live', source: { kind: 'video', stream: s } })
    } catch (error) {
      setPhase({ kind: 'problem', problem: classifyCameraError(error) })
    }
  }, [cameraId, mirror, stopCamera])

  const usePhoto = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    if (!hasWebGl()) return setPhase({ kind: 'problem', problem: 'no-webgl' })
    stopCamera()
    setBackend(chooseBackend())
    try {
      const canvas = await photoCanvas(file)
      setFit(null)
      setPhase({ kind: 'live', source: { kind: 'photo', canvas } })
    } catch {
      setPhase({ kind: 'problem', problem: 'bad-photo' })
    }
  }

  const chooseColor = (code: string) => {
    setColor(code)
    // The colour is in the address, so a shared link and the way back to the product follow it.
    const url = new URL(window.location.href)
    url.searchParams.set('color', code)
    window.history.replaceState(window.history.state, '', url)
  }

  const takeSnapshot = async () => {
    const blob = await stage.current?.snapshot()
    if (!blob) return setNotice('The snapshot didn’t work. Try again.')
    const shot: Snapshot = { id: `${Date.now()}`, url: URL.createObjectURL(blob), blob, colorCode: color, colorName }
    setSnapshots((all) => {
      const next = [...all, shot]
      if (next.length > MAX_SNAPSHOTS) {
        URL.revokeObjectURL(next[0].url)
        next.shift()
        setNotice(`Snapshot in ${colorName} taken. Compare holds ${MAX_SNAPSHOTS}: the oldest was let go.`)
      } else {
        setNotice(`Snapshot in ${colorName} taken (${next.length} of ${MAX_SNAPSHOTS}).`)
      }
      return next
    })
  }

  const removeSnapshot = (id: string) =>
    setSnapshots((all) => {
      const gone = all.find((s) => s.id === id)
      if (gone) URL.revokeObjectURL(gone.url)
      return all.filter((s) => s.id !== id)
    })

  const onProblem = useCallback((problem: StageProblem) => setPhase({ kind: 'problem', problem }), [])
  const productHref = `/p/${handle}?color=${encodeURIComponent(color)}`
  const liveSource = phase.kind === 'live' ? phase.source : null
  const itemWord = group === 'eyewear' ? 'frames' : 'hat'

  return (
    <div
      data-testid="try-on"
      data-phase={phase.kind === 'problem' ? `problem:${phase.problem}` : phase.kind}
      data-tracking={phase.kind === 'live' ? status : undefined}
      data-variant={drawn ?? undefined}
      data-layout={layout}
      className={`relative flex flex-col bg-ink text-white ${mirror ? 'h-dvh' : 'min-h-dvh'}`}
    >
      {!mirror && (
        <header className="flex items-center gap-3 px-4 py-3">
          <Link href={productHref} className="inline-flex min-h-11 items-center gap-1 rounded-full px-2 text-sm font-semibold hover:bg-white/10">
            <span aria-hidden="true">←</span> Back<span className="sr-only"> to {productName}</span>
          </Link>
          <div className="min-w-0">
            <p className="truncate text-xs tracking-wide text-white/70 uppercase">{brand}</p>
            <h1 className="truncate text-base font-bold">Try on {productName}</h1>
          </div>
        </header>
      )}
      {mirror && <h1 className="sr-only">Try on {productName}</h1>}

      <div className={`relative flex-1 ${mirror ? '' : 'min-h-[55dvh]'}`}>
        {liveSource ? (
          <TryOnStage
            ref={stage}
            source={liveSource}
            mirrored={liveSource.kind === 'video'}
            glb={glb}
            group={group}
            variant={color}
            lowPower={lowPower}
            backend={backend}
            onStatus={setStatus}
            onProblem={onProblem}
            onFit={setFit}
            onVariant={setDrawn}
            label={`${liveSource.kind === 'video' ? 'Camera view' : 'Your photo'} with ${productName} in ${colorName}`}
            className="absolute inset-0"
          />
        ) : (
          <div className="absolute inset-0 grid place-items-center p-6">
            {phase.kind === 'consent' || phase.kind === 'starting' ? (
              <section aria-labelledby="consent-title" className={`w-full max-w-md rounded-2xl bg-white p-6 text-ink shadow-xl ${mirror ? 'max-w-2xl p-10' : ''}`}>
                {/* eslint-disable-next-line @next/next/no-img-element -- a generated poster of our own, shown at its size */}
                <img src={poster} alt="" width={320} height={240} className="mx-auto h-32 w-auto" />
                <h2 id="consent-title" className={`mt-3 font-bold ${mirror ? 'text-4xl' : 'text-xl'}`}>
                  See the {itemWord} on you
                </h2>
                <p className={`mt-2 text-muted ${mirror ? 'text-2xl' : 'text-sm'}`}>
                  Try-on uses your camera. Everything happens on this device: no picture or video is sent anywhere or kept, unless you
                  save a snapshot yourself.
                </p>
                <div className="mt-5 flex flex-col gap-2">
                  <button type="button" onClick={startCamera} disabled={phase.kind === 'starting'} className={buttonClass('primary', mirror ? 'min-h-16 text-2xl!' : '')}>
                    {phase.kind === 'starting' ? 'Starting the camera…' : 'Start the camera'}
                  </button>
                  {!mirror && (
                    <button type="button" onClick={() => fileInput.current?.click()} className={buttonClass('secondary')}>
                      Use a photo instead
                    </button>
                  )}
                </div>
              </section>
            ) : phase.kind === 'problem' ? (
              <section role="alert" aria-labelledby="problem-title" className="w-full max-w-md rounded-2xl bg-white p-6 text-ink shadow-xl" data-problem={phase.problem}>
                <h2 id="problem-title" className="text-xl font-bold">
                  {problemText[phase.problem].title}
                </h2>
                <p className="mt-2 text-sm text-muted">{problemText[phase.problem].body}</p>
                <div className="mt-5 flex flex-col gap-2">
                  {phase.problem !== 'no-webgl' && !mirror && (
                    <button type="button" onClick={() => fileInput.current?.click()} className={buttonClass('primary')}>
                      Use a photo instead
                    </button>
                  )}
                  {canRetryCamera.has(phase.problem) && (
                    <button type="button" onClick={startCamera} className={buttonClass('secondary')}>
                      Try the camera again
                    </button>
                  )}
                  <Link href={productHref} className={buttonClass('ghost')}>
                    Back to {productName}
                  </Link>
                </div>
              </section>
            ) : null}
          </div>
        )}

        {liveSource && (
          <p
            role="status"
            className={`pointer-events-none absolute inset-x-0 top-3 mx-auto w-fit max-w-[90%] rounded-full bg-black/65 px-4 py-2 text-center font-medium ${mirror ? 'text-2xl' : 'text-sm'} ${status === 'tracking' ? 'opacity-0' : ''}`}
          >
            {statusText[status]}
          </p>
        )}
      </div>

      <input ref={fileInput} type="file" accept="image/*" className="sr-only" tabIndex={-1} aria-label="Choose a photo of your face" onChange={usePhoto} />

      {liveSource && (
        <div className={`flex flex-col gap-3 bg-ink px-4 pt-3 pb-4 ${mirror ? 'gap-6 px-12 pt-8 pb-12' : ''}`}>
          {mirror && (
            <p className="text-4xl font-bold">
              {productName} <span className="text-2xl font-normal text-white/70">{brand}</span>
            </p>
          )}
          <fieldset>
            <legend className={`font-semibold ${mirror ? 'text-3xl' : 'text-sm'}`}>
              Colour: <span className="font-normal">{colorName}</span>
            </legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {colors.map((c) => (
                <button
                  key={c.code}
                  type="button"
                  aria-pressed={c.code === color}
                  aria-label={c.name}
                  title={c.name}
                  onClick={() => chooseColor(c.code)}
                  className={`grid place-items-center rounded-full border-2 border-transparent hover:border-white/50 aria-pressed:border-white ${mirror ? 'size-20' : 'size-11'}`}
                >
                  <span className={`rounded-full border border-white/40 ${mirror ? 'size-16' : 'size-8'}`} style={{ backgroundColor: c.hex }} />
                </button>
              ))}
            </div>
          </fieldset>

          {fit && group === 'eyewear' && (
            <p className={`text-white/85 ${mirror ? 'text-2xl' : 'text-sm'}`} data-fit={fit.verdict}>
              <span className="font-semibold">Fit estimate:</span> {fit.message}{' '}
              <span className="text-white/70">Measured from your iris; an associate can measure properly in store.</span>
            </p>
          )}

          <div className="flex flex-wrap items-center gap-2">
            <button type="button" onClick={takeSnapshot} disabled={status !== 'tracking'} className={buttonClass('primary', mirror ? 'min-h-16 px-8 text-2xl!' : '')}>
              Take a snapshot
            </button>
            <button
              type="button"
              onClick={() => setComparing(true)}
              disabled={snapshots.length === 0}
              className={buttonClass('secondary', `border-white/40 bg-transparent text-white hover:border-white ${mirror ? 'min-h-16 px-8 text-2xl!' : ''}`)}
            >
              Compare ({snapshots.length})
            </button>
            {liveSource.kind === 'video' && (
              <button
                type="button"
                aria-pressed={lowPower}
                onClick={() => setLowPower((v) => !v)}
                className={buttonClass('ghost', `text-white ${mirror ? 'min-h-16 text-2xl!' : ''}`)}
              >
                Low power {lowPower ? 'on' : 'off'}
              </button>
            )}
            {!mirror && (
              <button type="button" onClick={() => fileInput.current?.click()} className={buttonClass('ghost', 'text-white')}>
                {liveSource.kind === 'video' ? 'Use a photo' : 'Another photo'}
              </button>
            )}
            {liveSource.kind === 'photo' && (
              <button type="button" onClick={startCamera} className={buttonClass('ghost', 'text-white')}>
                Use the camera
              </button>
            )}
          </div>
          <p role="status" className="sr-only">
            {notice}
          </p>
          {snapshots.length > 0 && (
            <ul className="flex gap-2" aria-label="Snapshots">
              {snapshots.map((s) => (
                <li key={s.id}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a blob URL made on this device */}
                  <img src={s.url} alt={`Snapshot in ${s.colorName}`} className={`${mirror ? 'h-40' : 'h-16'} w-auto rounded-lg border border-white/30`} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      {comparing && (
        <Compare snapshots={snapshots} productName={productName} handle={handle} onRemove={removeSnapshot} onClose={() => setComparing(false)} large={mirror} />
      )}
    </div>
  )
}
