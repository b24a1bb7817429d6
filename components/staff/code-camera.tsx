'use client'

import { useCallback, useRef, useState } from 'react'
import { CameraProblemPanel } from '@/components/scan/camera-problem'
import { CameraView, type AimState } from '@/components/scan/camera-view'
import { scanFeedback } from '@/components/scan/feedback'
import { useCamera } from '@/components/scan/use-camera'
import { useScanLoop } from '@/components/scan/use-scan-loop'
import { useSoundSetting } from '@/components/scan/use-sound-setting'
import type { ScanRead } from '@/lib/scan/validate'

type CodeCameraProps = {
  /** A code two frames agreed on (a QR counts at once). */
  onCode: (text: string) => void
  /** Stop decoding (a panel is open over the page); the camera stays on. */
  paused?: boolean
  hint: string
}

/**
 * The shop's scan engine in a staff screen: the camera, the aiming box and the decoder. Its own
 * module, loaded with next/dynamic only when staff open the camera, so the desk's first load
 * carries none of it.
 */
export default function CodeCamera({ onCode, paused = false, hint }: CodeCameraProps) {
  const videoRef = useRef<HTMLVideoElement>(null)
  const camera = useCamera(videoRef, true)
  const [sound, toggleSound] = useSoundSetting()
  const [aim, setAim] = useState<AimState>('aim')
  const [outline, setOutline] = useState<ScanRead['corners'] | null>(null)

  const onRead = useCallback(
    (read: ScanRead) => {
      setAim('locked')
      setOutline(read.corners ?? null)
      scanFeedback({ sound })
      onCode(read.text)
      setTimeout(() => {
        setAim('aim')
        setOutline(null)
      }, 900)
    },
    [onCode, sound],
  )
  const onSighting = useCallback((read: ScanRead) => {
    setAim('hold')
    setOutline(read.corners ?? null)
  }, [])
  const loop = useScanLoop(videoRef, { active: !paused && camera.status === 'live', onRead, onSighting })

  const overlay =
    camera.status === 'problem' ? (
      <CameraProblemPanel problem={camera.problem} onRetry={camera.retry} />
    ) : loop.engineError ? (
      <p role="alert" className="max-w-sm text-center">
        The code reader failed to load ({loop.engineError}). Type the code instead.
      </p>
    ) : undefined

  return (
    <CameraView
      videoRef={videoRef}
      live={camera.status === 'live'}
      aim={aim}
      outline={outline ?? null}
      overlay={overlay}
      status={camera.status === 'starting' ? 'Starting the camera…' : aim === 'hold' ? 'Hold still…' : hint}
      cameras={camera.cameras}
      onSwitchCamera={camera.switchCamera}
      torch={camera.torch}
      onToggleTorch={() => void camera.toggleTorch()}
      sound={sound}
      onToggleSound={toggleSound}
    />
  )
}
