'use client'

import dynamic from 'next/dynamic'
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { mayStartHeavyViews } from '@/lib/device/graphics'
import { hasWebGl, keyAction, type ModelState, type ViewerApi } from './viewer-api'

// three.js, react-three-fiber and the model loader load only when the 3D view opens.
const ModelScene = dynamic(() => import('./model-scene'), { ssr: false })

type ModelViewerProps = {
  glb: string
  /** Poster per colour code; the selected colour's is shown until the scene is ready. */
  posters: Record<string, string>
  variant: string
  productName: string
  colorName: string
}

const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * The product's 3D view: the poster first; the scene loads when the shopper asks for it, or by
 * itself once scrolled into view where a GPU draws it and the shopper is not saving data (on a
 * software renderer the scene would take the CPU from the rest of the page for seconds). The page's
 * colour (from the swatches, in the URL) drives the material variant. `data-model-state`,
 * `data-variant` and `data-autostart` say what is on screen and why, for tests and support.
 */
export function ModelViewer({ glb, posters, variant, productName, colorName }: ModelViewerProps) {
  const [state, setState] = useState<ModelState>('poster')
  const [shown, setShown] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [spinning, setSpinning] = useState(false)
  const [autoStart, setAutoStart] = useState<boolean | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const api = useRef<ViewerApi | null>(null)

  const open = useCallback(() => {
    setState((s) => (s === 'poster' ? (hasWebGl() ? 'loading' : 'no-webgl') : s))
  }, [])

  useEffect(() => {
    const el = box.current
    if (!el || state !== 'poster' || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        // The device is probed once the box is in view (a WebGL context costs milliseconds), never
        // during hydration.
        const allowed = mayStartHeavyViews()
        setAutoStart(allowed)
        if (allowed) open()
      },
      { threshold: 0.6 },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [state, open])

  const onReady = useCallback(() => {
    setState('ready')
    setSpinning(!reducedMotion())
  }, [])
  const onError = useCallback(() => setState('error'), [])
  const onInteract = useCallback(() => setSpinning(false), [])
  const onApi = useCallback((a: ViewerApi | null) => {
    api.current = a
  }, [])
  const onKey = (e: KeyboardEvent) => {
    if (api.current && keyAction(e.key, api.current)) e.preventDefault()
  }

  const running = state === 'loading' || state === 'ready'
  const poster = posters[variant]
  return (
    <section aria-label={`${productName} in 3D`} className="flex flex-col gap-2" data-model-state={state} data-variant={shown ?? ''} data-autostart={autoStart === null ? undefined : autoStart ? 'on' : 'off'} data-testid="model-viewer">
      <div ref={box} className="relative aspect-square overflow-hidden rounded-xl bg-sunken">
        {state !== 'ready' && poster && (
          // eslint-disable-next-line @next/next/no-img-element -- a static transparent PNG; next/image adds nothing here
          <img src={poster} alt={`${productName} in ${colorName}, 3D model preview`} width={480} height={480} loading="lazy" className="absolute inset-0 size-full object-contain p-6" />
        )}
        {running && (
          <div
            className="absolute inset-0 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-accent"
            tabIndex={0}
            role="application"
            aria-roledescription="3D viewer"
            aria-label={`${productName} in ${colorName}. Arrow keys turn it, plus and minus zoom, 0 resets.`}
            onKeyDown={onKey}
          >
            <ModelScene
              key={attempt}
              url={glb}
              variant={variant}
              autoRotate={spinning}
              onApi={onApi}
              onReady={onReady}
              onVariant={setShown}
              onError={onError}
              onInteract={onInteract}
            />
          </div>
        )}
        {state === 'poster' && (
          <button type="button" onClick={open} className={buttonClass('secondary', 'absolute bottom-4 left-1/2 -translate-x-1/2 shadow-sm')}>
            View in 3D
          </button>
        )}
        {state === 'loading' && (
          <p role="status" className="absolute bottom-4 left-1/2 -translate-x-1/2 rounded-full bg-surface px-4 py-2 text-sm font-semibold shadow-sm">
            Loading the 3D model…
          </p>
        )}
        {state === 'no-webgl' && (
          <p role="status" className="absolute inset-x-4 bottom-4 rounded-lg bg-surface px-4 py-3 text-sm shadow-sm">
            This browser cannot show 3D (WebGL is off or not supported). The picture above shows the model.
          </p>
        )}
        {state === 'error' && (
          <div role="alert" className="absolute inset-x-4 bottom-4 flex flex-wrap items-center gap-3 rounded-lg bg-surface px-4 py-3 text-sm shadow-sm">
            <span className="font-semibold">The 3D model did not load.</span>
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                setAttempt((a) => a + 1)
                setState('loading')
              }}
            >
              Try again
            </button>
          </div>
        )}
      </div>
      {state === 'ready' && <ViewerButtons api={api} />}
    </section>
  )
}

function ViewerButtons({ api }: { api: RefObject<ViewerApi | null> }) {
  const act = (fn: (a: ViewerApi) => void) => () => api.current && fn(api.current)
  const small = buttonClass('secondary', 'min-w-11 px-3')
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="3D view controls">
      <button type="button" className={small} onClick={act((a) => a.rotate(-Math.PI / 8, 0))} aria-label="Turn left">
        <span aria-hidden="true">↺</span>
      </button>
      <button type="button" className={small} onClick={act((a) => a.rotate(Math.PI / 8, 0))} aria-label="Turn right">
        <span aria-hidden="true">↻</span>
      </button>
      <button type="button" className={small} onClick={act((a) => a.zoom(0.8))} aria-label="Zoom in">
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className={small} onClick={act((a) => a.zoom(1.25))} aria-label="Zoom out">
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className={small} onClick={act((a) => a.reset())}>
        Reset
      </button>
      <p className="text-sm text-muted">Drag to turn, pinch or scroll to zoom.</p>
    </div>
  )
}
