/** Where an in-browser AR session stands, as the scene reports it to the page's button. */
export type ArStatus =
  | { kind: 'starting' }
  /** The viewer loaded after the tap's permission to open the camera ran out: one more tap. */
  | { kind: 'needs-tap' }
  | { kind: 'active' }
  | { kind: 'ended' }
  | { kind: 'failed'; reason: ArFailure }

export type ArFailure = 'camera' | 'unsupported' | 'load'

/** A refused camera (or AR) permission reads differently from a device that cannot do it. */
export function arFailure(error: unknown): ArFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'camera' : 'unsupported'
}

export const failureText: Record<ArFailure, string> = {
  camera: 'AR needs the camera. Allow it, then try again.',
  unsupported: 'AR did not start on this device.',
  load: 'The AR viewer did not load. Reload the page to try again.',
}
