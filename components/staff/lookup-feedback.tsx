'use client'

import dynamic from 'next/dynamic'

// The scan engine (and its WebAssembly) loads only when staff open the camera.
const CodeCamera = dynamic(() => import('./code-camera'), {
  ssr: false,
  loading: () => <div className="grid aspect-video place-items-center rounded-2xl bg-neutral-900 text-sm font-semibold text-white">Starting the camera…</div>,
})

type LookupFeedbackProps = {
  /** What is being looked up right now, as staff should read it; empty when nothing is. */
  looking: string
  error?: string
  /** The camera, when staff opened it. */
  camera?: { onCode: (code: string) => void; paused: boolean; hint: string; className?: string }
}

/** Under a staff scan box: "Looking up …", what went wrong, and the camera when it is open. */
export function LookupFeedback({ looking, error, camera }: LookupFeedbackProps) {
  return (
    <>
      <p role="status" className="mt-2 text-sm font-medium empty:hidden">
        {looking ? `Looking up ${looking}…` : ''}
      </p>
      {error && <p role="alert" className="mt-2 rounded-lg bg-sale-soft px-3 py-2 font-semibold text-sale">{error}</p>}
      {camera && (
        <div className={`mt-4 ${camera.className ?? ''}`}>
          <CodeCamera onCode={camera.onCode} paused={camera.paused} hint={camera.hint} />
        </div>
      )}
    </>
  )
}
