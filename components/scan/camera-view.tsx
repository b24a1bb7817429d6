'use client'

import { useEffect, useState, type ReactNode, type RefObject } from 'react'
import type { Point } from '@/lib/scan/validate'
import { aimBoxStyle, frameToBox, outlineOf } from './aim-box'
import { SoundIcon, SwitchCameraIcon, TorchIcon } from '@/components/ui/icons'

export type AimState = 'aim' | 'hold' | 'locked'

type CameraViewProps = {
  videoRef: RefObject<HTMLVideoElement | null>
  live: boolean
  aim: AimState
  /** The code's corners in the frame, once seen: the lock-on outline drawn around it. */
  outline: Point[] | null
  /** Shown over the video instead of the preview (a camera problem, "looking it up"). */
  overlay?: ReactNode
  status: string
  cameras: number
  onSwitchCamera: () => void
  torch: { supported: boolean; on: boolean }
  onToggleTorch: () => void
  sound: boolean
  onToggleSound: () => void
}

const aimColour: Record<AimState, string> = {
  aim: 'border-white/90',
  hold: 'border-amber-300',
  locked: 'border-emerald-400 scale-[1.03]',
}

function useSize(ref: RefObject<HTMLElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => setSize({ width: entry.contentRect.width, height: entry.contentRect.height }))
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}

function useVideoSize(videoRef: RefObject<HTMLVideoElement | null>) {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null)
  useEffect(() => {
    const video = videoRef.current
    if (!video) return
    const update = () => setSize(video.videoWidth ? { width: video.videoWidth, height: video.videoHeight } : null)
    video.addEventListener('resize', update)
    video.addEventListener('loadedmetadata', update)
    return () => {
      video.removeEventListener('resize', update)
      video.removeEventListener('loadedmetadata', update)
    }
  }, [videoRef])
  return size
}

const controlClass =
  'grid size-12 place-items-center rounded-full bg-black/55 text-white backdrop-blur-sm transition-colors hover:bg-black/75 aria-pressed:bg-white aria-pressed:text-ink'

/** The live preview with the aiming box the decoder reads first, and the camera's controls. */
export function CameraView(props: CameraViewProps) {
  const { videoRef, live, aim, outline, overlay, status, cameras, torch, sound } = props
  const box = useSize(videoRef)
  const video = useVideoSize(videoRef)
  const aimStyle = live && box && video ? aimBoxStyle(video, box) : { left: '20%', top: '25%', width: '60%', height: '50%' }

  return (
    <div className="relative aspect-[3/4] w-full overflow-hidden rounded-2xl bg-neutral-900 sm:aspect-video">
      <video
        ref={videoRef}
        className="absolute inset-0 size-full object-cover"
        muted
        playsInline
        aria-label="Camera preview"
      />
      {overlay ? (
        <div className="absolute inset-0 grid place-items-center bg-neutral-900/95 p-5 text-white">{overlay}</div>
      ) : (
        <>
          <div
            aria-hidden="true"
            className={`pointer-events-none absolute rounded-xl border-4 shadow-[0_0_0_100vmax_rgba(0,0,0,0.35)] transition-[transform,border-color] duration-150 motion-reduce:transition-none ${aimColour[aim]}`}
            style={aimStyle}
          />
          {live && box && video && outline && outline.length >= 3 && (
            <svg aria-hidden="true" className="pointer-events-none absolute inset-0 size-full" viewBox={`0 0 ${box.width} ${box.height}`}>
              <polygon
                points={outlineOf(outline).map((p) => frameToBox(p, video, box)).map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
                className={aim === 'locked' ? 'fill-emerald-400/25 stroke-emerald-400' : 'fill-amber-300/20 stroke-amber-300'}
                strokeWidth={4}
                strokeLinejoin="round"
                data-lock-on={aim}
              />
            </svg>
          )}
          <p className="pointer-events-none absolute inset-x-0 bottom-16 px-4 text-center text-sm font-semibold text-white drop-shadow">
            {status}
          </p>
          <div className="absolute inset-x-0 bottom-3 flex justify-center gap-3">
            {cameras > 1 && (
              <button type="button" className={controlClass} onClick={props.onSwitchCamera}>
                <SwitchCameraIcon className="size-6" />
                <span className="sr-only">Switch camera</span>
              </button>
            )}
            {torch.supported && (
              <button type="button" className={controlClass} aria-pressed={torch.on} onClick={props.onToggleTorch}>
                <TorchIcon className="size-6" />
                <span className="sr-only">Torch</span>
              </button>
            )}
            <button type="button" className={controlClass} aria-pressed={sound} onClick={props.onToggleSound}>
              <SoundIcon className="size-6" />
              <span className="sr-only">Beep on scan</span>
            </button>
          </div>
        </>
      )}
    </div>
  )
}
