'use client'

import Link from 'next/link'
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { classifyCameraError } from '@/components/scan/use-camera'
import { hasWebGl } from '@/components/three/viewer-api'
import { webglRenderer } from '@/lib/device/graphics'
import { backendForRenderer, type TrackerBackend } from '@/lib/try-on/backend'
import type { FitEstimate } from '@/lib/try-on/fit'
import type { ItemGroup } from '@/lib/try-on/pose'
import { photoCanvas } from '@/lib/try-on/photo'
import { Compare, type Snapshot } from './compare'
import { statusText, type TryOnProblem } from './messages'
import { ConsentPanel, FitLine, ProblemPanel, SnapshotStrip, Swatches } from './panels'
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
  | { kind: 'problem'; problem: TryOnProblem }

const MAX_SNAPSHOTS = 4

function chooseBackend(): TrackerBackend {
  const forced = new URLSearchParams(window.location.search).get('backend')
  if (forced === 'webgl' || forced === 'wasm') return forced
  return backendForRenderer(webglRenderer())
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
    setFit(null)
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
  const choosePhoto = () => fileInput.current?.click()

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
              <ConsentPanel
                poster={poster}
                itemWord={group === 'eyewear' ? 'frames' : 'hat'}
                starting={phase.kind === 'starting'}
                large={mirror}
                onStart={startCamera}
                onPhoto={mirror ? undefined : choosePhoto}
              />
            ) : phase.kind === 'problem' ? (
              <ProblemPanel
                problem={phase.problem}
                productName={productName}
                productHref={productHref}
                onRetry={startCamera}
                onPhoto={mirror ? undefined : choosePhoto}
              />
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
          <Swatches colors={colors} chosen={color} colorName={colorName} large={mirror} onChoose={chooseColor} />

          {group === 'eyewear' && <FitLine fit={fit} source={liveSource.kind} large={mirror} />}

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
              <button type="button" onClick={choosePhoto} className={buttonClass('ghost', 'text-white')}>
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
          <SnapshotStrip snapshots={snapshots} large={mirror} />
        </div>
      )}

      {comparing && (
        <Compare snapshots={snapshots} productName={productName} handle={handle} onRemove={removeSnapshot} onClose={() => setComparing(false)} large={mirror} />
      )}
    </div>
  )
}
