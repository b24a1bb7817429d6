import type { FrameResult } from './decode'

/** What the page asks the decoder worker: a camera frame (transferred) or a photo. */
export type DecodeRequest = { id: number; kind: 'frame'; bitmap: ImageBitmap } | { id: number; kind: 'image'; blob: Blob }

export type DecodeResponse =
  | ({ id: number; ok: true; ms: number } & FrameResult)
  | { id: number; ok: false; error: string }
  /** Sent once, when the WebAssembly engine has loaded (or failed to) after the worker starts. */
  | { id: 0; ready: true; error?: string }
