import type { CameraProblem } from '@/components/scan/use-camera'
import type { StageProblem, TrackingStatus } from './stage'

/** Everything that can stop a try-on, each with a way forward. */
export type TryOnProblem = CameraProblem | StageProblem | 'no-webgl' | 'bad-photo'

export const statusText: Record<TrackingStatus, string> = {
  loading: 'Getting try-on ready…',
  searching: 'Looking for your face: face the camera in good light.',
  tracking: 'Tracking your face.',
  lost: 'Face lost: look at the camera again.',
  'no-face': 'We couldn’t find a face in that photo. Try one facing the camera, in good light.',
}

export const problemText: Record<TryOnProblem, { title: string; body: string }> = {
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

export const canRetryCamera: ReadonlySet<TryOnProblem> = new Set<TryOnProblem>(['denied', 'no-camera', 'in-use', 'failed', 'model-failed', 'tracker-failed'])

