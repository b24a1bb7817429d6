'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ScanRead } from '@/lib/scan/validate'
import { CameraProblemPanel } from './camera-problem'
import { CameraView, type AimState } from './camera-view'
import { scanFeedback } from './feedback'
import { speculate } from './speculate'
import { ManualEntry } from './manual-entry'
import { PhotoScan } from './photo-scan'
import { resolveScan, type ScanInput, type ScanOutcome } from './resolve-scan'
import { ScanHistoryList } from './scan-history-list'
import { ScanOutcomePanel } from './scan-outcome'
import { useCamera } from './use-camera'
import { useKeyboardWedge } from './use-keyboard-wedge'
import { useScanHistory } from './use-scan-history'
import { useScanLoop } from './use-scan-loop'
import { useSoundSetting } from './use-sound-setting'

type ScannerProps = {
  /** A code the shopper already scanned that we do not carry (a shelf tag for a gone item). */
  initialMissing?: string
}

/**
 * The scan page's whole flow: camera → two agreeing frames → look-up → the product page; and the
 * ways that work without a camera (typing, a photo, a USB scanner).
 */
export function Scanner({ initialMissing }: ScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const [outcome, setOutcome] = useState<ScanOutcome | null>(
    initialMissing ? { kind: 'missing', input: { text: initialMissing, source: 'typed' } } : null,
  )
  const [looking, setLooking] = useState<ScanInput | null>(null)
  const [aim, setAim] = useState<AimState>('aim')
  const [outline, setOutline] = useState<ScanRead['corners'] | null>(null)
  const outlineTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const [photoMessage, setPhotoMessage] = useState<string | null>(null)
  const [sound, toggleSound] = useSoundSetting()
  const { history, add, clear } = useScanHistory()
  const abort = useRef<AbortController | null>(null)
  // Look-ups started on a code's first sighting, reused when the second frame confirms it.
  const early = useRef(new Map<string, Promise<ScanOutcome>>())

  const idle = outcome === null && looking === null
  const leaving = outcome?.kind === 'found'
  const camera = useCamera(videoRef, !leaving)

  const handle = useCallback(
    async (input: ScanInput) => {
      abort.current?.abort()
      const controller = new AbortController()
      abort.current = controller
      setLooking(input)
      setPhotoMessage(null)
      const pending = early.current.get(input.text)
      early.current.clear()
      const result = await (pending ?? resolveScan(input, controller.signal)).catch((error: unknown) => {
        if (controller.signal.aborted) return null
        throw error
      })
      if (!result || controller.signal.aborted) return
      setLooking(null)
      setOutcome(result)
      if (result.kind === 'found') {
        const color = result.match.product.colors.find((c) => c.code === result.match.variant.colorCode)
        add({
          code: input.text,
          format: input.source,
          at: new Date().toISOString(),
          product: { name: result.match.product.name, handle: result.match.product.handle, href: result.href, colorName: color?.name },
        })
        window.location.assign(result.href)
      } else if (result.kind === 'missing') {
        add({ code: input.text, format: input.source, at: new Date().toISOString() })
      }
    },
    [add],
  )

  useEffect(
    () => () => {
      abort.current?.abort()
      clearTimeout(outlineTimer.current)
    },
    [],
  )

  const onRead = useCallback(
    (read: ScanRead) => {
      clearTimeout(outlineTimer.current)
      setOutline(read.corners ?? null)
      setAim('locked')
      scanFeedback({ sound })
      void handle({ text: read.text, source: read.format })
    },
    [handle, sound],
  )
  const onSighting = useCallback((read: ScanRead) => {
    setAim('hold')
    setOutline(read.corners ?? null)
    // The outline follows the code; when the code leaves the frame, so does the outline.
    clearTimeout(outlineTimer.current)
    outlineTimer.current = setTimeout(() => {
      setOutline(null)
      setAim((a) => (a === 'hold' ? 'aim' : a))
    }, 600)
    if (early.current.has(read.text)) return
    const lookup = resolveScan({ text: read.text, source: read.format })
    early.current.set(read.text, lookup)
    // Only product pages are prerendered: a shelf-tag URL sets the shopper's store, which must wait for the confirmed read.
    lookup.then((outcome) => outcome.kind === 'found' && outcome.href.startsWith('/p/') && speculate(outcome.href)).catch(() => early.current.delete(read.text))
  }, [])
  const loop = useScanLoop(videoRef, { active: idle && camera.status === 'live', onRead, onSighting })

  useKeyboardWedge((code) => void handle({ text: code, source: 'scanner' }), { enabled: !leaving })

  const scanAgain = () => {
    abort.current?.abort()
    setLooking(null)
    setOutcome(null)
    setAim('aim')
    setOutline(null)
  }

  const onPhoto = async (file: File) => {
    setPhotoMessage('Reading your photo…')
    try {
      const result = await loop.decodeImage(file)
      const read = result.reads[0]
      if (!read) {
        setPhotoMessage('No barcode found in that photo. Fill the frame with the barcode, keep it sharp and well lit, or type the number.')
        return
      }
      scanFeedback({ sound })
      void handle({ text: read.text, source: 'photo' })
    } catch (error) {
      // createImageBitmap rejects files that are not pictures (or formats this browser cannot open).
      const notAPicture = error instanceof Error && /decode|image|source/i.test(error.message)
      setPhotoMessage(
        notAPicture
          ? 'That file could not be opened as a picture. Try a JPEG or PNG photo, or type the number.'
          : `The photo could not be read (${error instanceof Error ? error.message : 'unknown error'}). Type the number instead.`,
      )
    }
  }

  const found = outcome?.kind === 'found' ? outcome : null
  const status = found
    ? `Opening ${found.match.product.name}…`
    : looking
      ? `Looking up ${looking.text}…`
      : aim === 'hold'
        ? 'Hold still…'
        : camera.status === 'starting'
          ? 'Starting the camera…'
          : 'Point the camera at a barcode or shelf-tag QR'

  // While a code is looked up and its page opens, the preview stays, with the code outlined.
  const overlay =
    outcome && outcome.kind !== 'found' ? (
      <ScanOutcomePanel outcome={outcome} onScanAgain={scanAgain} onRetry={() => void handle(outcome.input)} />
    ) : camera.status === 'problem' ? (
      <CameraProblemPanel problem={camera.problem} onRetry={camera.retry} />
    ) : loop.engineError ? (
      <p role="alert" className="max-w-sm text-center">
        The barcode reader failed to load ({loop.engineError}). Type the number or reload the page.
      </p>
    ) : undefined

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-5 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)] lg:items-start">
      <div>
        <CameraView
          videoRef={videoRef}
          live={camera.status === 'live'}
          aim={aim}
          outline={outline ?? null}
          overlay={overlay}
          status={status}
          cameras={camera.cameras}
          onSwitchCamera={camera.switchCamera}
          torch={camera.torch}
          onToggleTorch={() => void camera.toggleTorch()}
          sound={sound}
          onToggleSound={toggleSound}
        />
      </div>
      <div className="flex flex-col gap-5">
        <section aria-labelledby="no-camera-heading" className="rounded-2xl border border-line bg-surface p-4">
          <h2 id="no-camera-heading" className="text-base font-bold">
            No camera? Type the number
          </h2>
          <p className="mt-1 mb-3 text-sm text-muted">The digits under the barcode, or the SKU on the shelf tag.</p>
          <ManualEntry onSubmit={(code) => void handle({ text: code, source: 'typed' })} disabled={leaving} />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <PhotoScan onPhoto={(file) => void onPhoto(file)} disabled={leaving} />
            <p className="text-sm text-muted">A USB scanner works on this page too.</p>
          </div>
          <p role="status" className="mt-3 text-sm empty:hidden">
            {found ? `Opening ${found.match.product.name}…` : looking ? `Looking up ${looking.text}…` : photoMessage}
          </p>
        </section>
        <ScanHistoryList history={history} onClear={clear} />
      </div>
    </div>
  )
}
