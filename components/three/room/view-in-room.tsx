'use client'

import { useEffect, useId, useRef, useState } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import { CodeSymbol } from '@/components/wallet/symbol'
import { productRoomUrl, quickLookHref, roomMode, sceneViewerIntent, type RoomMode } from '@/lib/models/room'
import { roomActionClass, roomLineClass } from './room-frame'
import { readRoomSignals } from './room-signals'
import { WebXrRoom } from './webxr-room'

type ViewInRoomProps = {
  glb: string
  usdz: string
  /** The selected colour's poster (transparent PNG): the panel's picture, and Quick Look's required <img>. */
  poster: string
  /** Colour code: the material variant placed in the room. */
  variant: string
  productName: string
  colorName: string
  handle: string
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

/**
 * "View in your room" for things that stand on a floor or a table. Which AR the device has is
 * known only in the browser, so the server renders the same frame with no action; after mount
 * it becomes WebXR in the page, Scene Viewer (Android), AR Quick Look (iPhone, iPad) or, on a
 * computer, a QR code that opens this page on a phone. `data-room-mode` says which.
 */
export function ViewInRoom({ glb, usdz, poster, variant, productName, colorName, handle }: ViewInRoomProps) {
  const [mode, setMode] = useState<RoomMode | null>(null)
  const section = useRef<HTMLElement>(null)
  const titleId = useId()

  useEffect(() => {
    let live = true
    readRoomSignals().then(
      (signals) => live && setMode(roomMode(signals)),
      () => live && setMode('qr'),
    )
    return () => {
      live = false
    }
  }, [])

  // A phone that opened the computer's QR code (?ar=1) brings the room button to the shopper.
  useEffect(() => {
    if (!mode || mode === 'qr' || new URLSearchParams(window.location.search).get('ar') !== '1') return
    const action = section.current?.querySelector<HTMLElement>('[data-room-action]')
    if (!action) return
    action.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' })
    action.focus({ preventScroll: true })
  }, [mode])

  const picture =
    mode === 'qr' ? null : (
      // eslint-disable-next-line @next/next/no-img-element -- a static transparent PNG, as in the 3D view above
      <img src={poster} alt="" width={128} height={128} loading="lazy" className="size-full object-contain p-2" />
    )

  return (
    <section
      ref={section}
      aria-labelledby={titleId}
      data-testid="view-in-room"
      data-room-mode={mode ?? 'pending'}
      className="relative mt-4 flex min-h-40 items-center gap-4 rounded-xl border border-line bg-surface p-4"
    >
      <div className="size-24 shrink-0 overflow-hidden rounded-lg bg-sunken sm:size-32">
        {mode === 'qr' ? <QrCode handle={handle} variant={variant} colorName={colorName} /> : mode === 'quick-look' ? null : mode && picture}
      </div>
      <div className="min-w-0 flex-1">
        <h2 id={titleId} className="text-base font-semibold text-balance">
          {mode === 'qr' ? 'View in your room on your phone' : 'See it in your room'}
        </h2>
        {mode === null && (
          <>
            <p className={roomLineClass}>At its real size, in {colorName}.</p>
            <div className={roomActionClass} />
          </>
        )}
        {mode === 'webxr' && <WebXrRoom glb={glb} variant={variant} productName={productName} colorName={colorName} />}
        {mode === 'scene-viewer' && <SceneViewerLink glb={glb} productName={productName} handle={handle} variant={variant} />}
        {mode === 'quick-look' && (
          <>
            <p className={roomLineClass}>Opens AR Quick Look to place it at its real size.</p>
            <div className={roomActionClass}>
              {/* Quick Look opens only from a rel="ar" link whose first child is an image: the poster,
                  drawn in the picture's place at the left of the panel. */}
              <a rel="ar" href={quickLookHref(usdz)} data-room-action className={buttonClass('primary')}>
                {/* eslint-disable-next-line @next/next/no-img-element -- Quick Look needs a plain <img> as the link's first child */}
                <img src={poster} alt="" width={128} height={128} className="absolute top-1/2 left-4 size-24 -translate-y-1/2 object-contain p-2 sm:size-32" />
                View in your room
              </a>
            </div>
          </>
        )}
        {mode === 'qr' && (
          <>
            <p className={roomLineClass}>Scan the code with your phone&rsquo;s camera to place the {productName} in your room at its real size.</p>
            <QrAddress handle={handle} variant={variant} />
          </>
        )}
      </div>
    </section>
  )
}

function SceneViewerLink({ glb, productName, handle, variant }: { glb: string; productName: string; handle: string; variant: string }) {
  const origin = window.location.origin
  const href = sceneViewerIntent({
    glbUrl: new URL(glb, origin).toString(),
    title: productName,
    fallbackUrl: productRoomUrl(origin, handle, variant),
  })
  return (
    <>
      <p className={roomLineClass}>Opens Google&rsquo;s AR viewer to place it at its real size.</p>
      <div className={roomActionClass}>
        <a href={href} data-room-action className={buttonClass('primary')}>
          View in your room
        </a>
      </div>
    </>
  )
}

const qrUrl = (handle: string, variant: string) => productRoomUrl(window.location.origin, handle, variant, { ar: true })

function QrCode({ handle, variant, colorName }: { handle: string; variant: string; colorName: string }) {
  return <CodeSymbol kind="qr" text={qrUrl(handle, variant)} label={`QR code that opens this page in ${colorName} on your phone`} className="size-full" />
}

function QrAddress({ handle, variant }: { handle: string; variant: string }) {
  const url = qrUrl(handle, variant)
  return (
    <p className="mt-2 text-xs text-muted">
      Open on your phone:{' '}
      <span data-room-url className="break-all text-ink">
        {url}
      </span>
    </p>
  )
}
