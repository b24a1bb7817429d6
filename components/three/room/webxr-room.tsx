'use client'

import dynamic from 'next/dynamic'
import { Component, useCallback, useEffect, useState, type ReactNode } from 'react'
import { buttonClass } from '@/components/ui/button-styles'
import type { ArStatus } from './ar-status'
import { failureText } from './ar-status'
import { roomActionClass, roomLineClass } from './room-frame'

type SceneProps = { glb: string; variant: string; productName: string; attempt: number; onStatus: (status: ArStatus) => void }

/** Stands in for the AR viewer when its chunk did not arrive (offline, a deploy in between). */
function ViewerMissing({ onStatus }: SceneProps) {
  useEffect(() => onStatus({ kind: 'failed', reason: 'load' }), [onStatus])
  return null
}

/** A viewer that throws (no WebGL context, a driver fault) fails the button, never the product page. */
class ViewerBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch() {
    this.props.onError()
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

// three.js and @react-three/xr arrive only when the shopper taps the button.
const RoomArScene = dynamic<SceneProps>(() => import('./room-ar-scene').catch(() => ViewerMissing), { ssr: false })

type WebXrRoomProps = { glb: string; variant: string; productName: string; colorName: string }

type State = { kind: 'idle' } | ArStatus

const lines: Record<Exclude<State['kind'], 'failed' | 'ended'>, string> = {
  idle: 'Place it on your floor or table at its real size.',
  starting: 'Opening the camera…',
  'needs-tap': 'Ready. Tap Start AR to open the camera.',
  active: 'Showing it in your room.',
}

/** WebXR in the browser: the chosen colour, placed at real scale, without leaving the page. */
export function WebXrRoom({ glb, variant, productName, colorName }: WebXrRoomProps) {
  const [state, setState] = useState<State>({ kind: 'idle' })
  // Each tap is one request for a session; the scene enters AR once per new number.
  const [attempt, setAttempt] = useState(0)

  const onStatus = useCallback((status: ArStatus) => setState(status.kind === 'ended' ? { kind: 'idle' } : status), [])
  // A crashed viewer stays unmounted until the next tap, so a fault cannot loop.
  const [crashed, setCrashed] = useState(false)
  const onCrash = useCallback(() => {
    setCrashed(true)
    setState({ kind: 'failed', reason: 'unsupported' })
  }, [])
  const start = () => {
    setCrashed(false)
    setAttempt((a) => a + 1)
    setState({ kind: 'starting' })
  }

  const mounted = state.kind !== 'idle' && !crashed && !(state.kind === 'failed' && state.reason === 'load')
  const busy = state.kind === 'starting' || state.kind === 'active'
  return (
    <>
      <p className={roomLineClass} role="status">
        {state.kind === 'failed' ? failureText[state.reason] : state.kind === 'ended' ? lines.idle : lines[state.kind]}
      </p>
      <div className={roomActionClass}>
        {state.kind === 'failed' && state.reason === 'load' ? null : (
          // aria-disabled, not disabled: the button keeps focus while the camera opens and after AR ends.
          <button
            type="button"
            data-room-action
            className={buttonClass('primary', 'aria-disabled:cursor-not-allowed aria-disabled:opacity-60')}
            onClick={busy ? undefined : start}
            aria-disabled={busy || undefined}
          >
            {state.kind === 'needs-tap' ? 'Start AR' : state.kind === 'failed' ? 'Try again' : 'View in your room'}
            <span className="sr-only">
              {' '}
              ({productName} in {colorName})
            </span>
          </button>
        )}
      </div>
      {mounted && (
        <ViewerBoundary onError={onCrash}>
          <RoomArScene glb={glb} variant={variant} productName={productName} attempt={attempt} onStatus={onStatus} />
        </ViewerBoundary>
      )}
    </>
  )
}
