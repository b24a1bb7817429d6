import { decodeFrame, type FrameResult, type Pixels } from './decode'
import type { DecodeRequest, DecodeResponse } from './engine-messages'
import { createZxingReader, ZXING_WASM_PATH } from './zxing'

// The WebAssembly decoder runs here, off the main thread, so the camera preview never stutters.

type WorkerScope = {
  onmessage: ((event: MessageEvent<DecodeRequest>) => void) | null
  postMessage(message: DecodeResponse): void
  location: Location
}
const scope = self as unknown as WorkerScope

/** Phone photos are 12 MP and more; a barcode stays readable at this size and decodes far faster. */
const MAX_PHOTO_SIDE = 1920

const read = createZxingReader({ wasmUrl: new URL(ZXING_WASM_PATH, scope.location.origin).href })
let canvas: OffscreenCanvas | null = null

function pixelsOf(bitmap: ImageBitmap, maxSide = Infinity): Pixels {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height))
  const width = Math.max(1, Math.round(bitmap.width * scale))
  const height = Math.max(1, Math.round(bitmap.height * scale))
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) throw new Error('This browser cannot read pixels in a worker')
  ctx.drawImage(bitmap, 0, 0, width, height)
  bitmap.close()
  return ctx.getImageData(0, 0, width, height)
}

async function handle(request: DecodeRequest): Promise<FrameResult> {
  if (request.kind === 'frame') return decodeFrame(read, pixelsOf(request.bitmap))
  const bitmap = await createImageBitmap(request.blob, { imageOrientation: 'from-image' })
  return decodeFrame(read, pixelsOf(bitmap, MAX_PHOTO_SIDE))
}

scope.onmessage = async ({ data }) => {
  const started = performance.now()
  try {
    const result = await handle(data)
    scope.postMessage({ id: data.id, ok: true, ms: performance.now() - started, ...result })
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}

// Load and compile the WebAssembly now, while the camera starts, not on the first frame.
read({ data: new Uint8ClampedArray(4 * 16), width: 4, height: 4 })
  .then(() => scope.postMessage({ id: 0, ready: true }))
  .catch((error: unknown) => scope.postMessage({ id: 0, ready: true, error: error instanceof Error ? error.message : String(error) }))
