'use client'

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'

export type CameraProblem = 'insecure' | 'unsupported' | 'denied' | 'no-camera' | 'in-use' | 'failed'

export type CameraStatus =
  | { status: 'starting' }
  | { status: 'live'; width: number; height: number }
  | { status: 'problem'; problem: CameraProblem }
  | { status: 'paused' }

/** getUserMedia's errors, as a shopper needs to hear them. */
export function classifyCameraError(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no-camera'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'in-use'
    default:
      return 'failed'
  }
}

function subscribeVisibility(onChange: () => void) {
  document.addEventListener('visibilitychange', onChange)
  return () => document.removeEventListener('visibilitychange', onChange)
}

type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean }

/**
 * The rear camera by default, a switch through every camera the device has, and the torch where
 * the track offers one. The stream stops when the page is hidden or the scanner pauses, so the
 * camera light never stays on behind the shopper's back.
 */
const noSubscription = () => () => {}

/** Problems the browser tells us about before we ask for the camera. */
function environmentProblem(): CameraProblem | null {
  if (!window.isSecureContext) return 'insecure'
  if (!navigator.mediaDevices?.getUserMedia) return 'unsupported'
  return null
}

export function useCamera(videoRef: RefObject<HTMLVideoElement | null>, active: boolean) {
  const [result, setResult] = useState<{ key: string; state: CameraStatus } | null>(null)
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([])
  const [deviceId, setDeviceId] = useState<string | null>(null)
  const [torch, setTorch] = useState<{ supported: boolean; on: boolean }>({ supported: false, on: false })
  const [attempt, setAttempt] = useState(0)
  const visible = useSyncExternalStore(subscribeVisibility, () => document.visibilityState === 'visible', () => true)
  const envProblem = useSyncExternalStore(noSubscription, environmentProblem, () => null)
  const streamRef = useRef<MediaStream | null>(null)
  const runKey = `${deviceId ?? 'default'}#${attempt}`
  const running = active && visible && envProblem === null

  useEffect(() => {
    const video = videoRef.current
    if (!video || !running) return
    let cancelled = false
    let stream: MediaStream | null = null
    const constraints: MediaTrackConstraints = deviceId
      ? { deviceId: { exact: deviceId } }
      : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } }
    navigator.mediaDevices
      .getUserMedia({ video: constraints, audio: false })
      .then(async (s) => {
        stream = s
        if (cancelled) return s.getTracks().forEach((t) => t.stop())
        streamRef.current = s
        video.srcObject = s
        await video.play().catch(() => undefined)
        const track = s.getVideoTracks()[0]
        const caps = (track?.getCapabilities?.() ?? {}) as TorchCapabilities
        setTorch({ supported: caps.torch === true, on: false })
        const all = await navigator.mediaDevices.enumerateDevices().catch(() => [])
        if (cancelled) return
        setDevices(all.filter((d) => d.kind === 'videoinput'))
        setResult({ key: runKey, state: { status: 'live', width: video.videoWidth, height: video.videoHeight } })
      })
      .catch((error: unknown) => {
        if (!cancelled) setResult({ key: runKey, state: { status: 'problem', problem: classifyCameraError(error) } })
      })
    return () => {
      cancelled = true
      stream?.getTracks().forEach((t) => t.stop())
      streamRef.current = null
      video.srcObject = null
      setResult(null)
    }
  }, [videoRef, running, deviceId, runKey])

  const state: CameraStatus = envProblem
    ? { status: 'problem', problem: envProblem }
    : !active || !visible
      ? { status: 'paused' }
      : result?.key === runKey
        ? result.state
        : { status: 'starting' }

  const switchCamera = useCallback(() => {
    if (devices.length < 2) return
    const current = streamRef.current?.getVideoTracks()[0]?.getSettings().deviceId ?? deviceId
    const index = devices.findIndex((d) => d.deviceId === current)
    setDeviceId(devices[(index + 1) % devices.length].deviceId)
  }, [devices, deviceId])

  const toggleTorch = useCallback(async () => {
    const track = streamRef.current?.getVideoTracks()[0]
    if (!track) return
    const on = !torch.on
    try {
      await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] })
      setTorch({ supported: true, on })
    } catch {
      setTorch({ supported: false, on: false })
    }
  }, [torch.on])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  return { ...state, cameras: devices.length, switchCamera, torch, toggleTorch, retry }
}
