import type { FrameResult } from './decode'
import type { DecodeRequest, DecodeResponse } from './engine-messages'
import { fromEngineFormat, nativeFormats } from './formats'
import { validateRead, type RawRead, type ScanRead } from './validate'

/** A barcode engine as the scan page uses it, whichever one the browser gets. */
export type ScanEngine = {
  kind: 'native' | 'wasm'
  /** Settles when the engine can decode (the worker has compiled its WebAssembly). */
  ready: Promise<void>
  /** Decodes one camera frame; the bitmap is consumed. */
  decodeFrame(bitmap: ImageBitmap): Promise<FrameResult & { ms: number }>
  /** Decodes a still photo (file upload). */
  decodeImage(blob: Blob): Promise<FrameResult & { ms: number }>
  dispose(): void
}

// The Shape Detection API is not in TypeScript's DOM library yet.
type DetectedBarcode = { rawValue: string; format: string; cornerPoints?: { x: number; y: number }[] }
type BarcodeDetectorInstance = { detect(source: ImageBitmapSource): Promise<DetectedBarcode[]> }
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorInstance
  getSupportedFormats(): Promise<string[]>
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

const wanted = Object.keys(nativeFormats)

/**
 * The browser's own BarcodeDetector (Chrome on Android, macOS) when it reads every format we need;
 * otherwise zxing-wasm in a worker. `prefer: 'wasm'` forces the fallback (diagnostics, tests).
 */
export async function createScanEngine({ prefer }: { prefer?: 'wasm' } = {}): Promise<ScanEngine> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
  if (Detector && prefer !== 'wasm') {
    const supported = await Detector.getSupportedFormats().catch(() => [] as string[])
    if (wanted.every((f) => supported.includes(f))) return nativeEngine(new Detector({ formats: wanted }))
  }
  return wasmEngine()
}

function nativeEngine(detector: BarcodeDetectorInstance): ScanEngine {
  const decode = async (source: ImageBitmap): Promise<FrameResult & { ms: number }> => {
    const started = performance.now()
    try {
      const found = await detector.detect(source)
      const raw: RawRead[] = []
      for (const b of found) {
        const format = fromEngineFormat(b.format)
        if (format) raw.push({ format, text: b.rawValue, corners: b.cornerPoints?.map(({ x, y }) => ({ x, y })) })
      }
      const reads = raw.map(validateRead).filter((r): r is ScanRead => r !== null)
      return { reads, pass: reads.length ? 'full' : null, rejected: raw.length - reads.length, ms: performance.now() - started }
    } finally {
      source.close()
    }
  }
  return {
    kind: 'native',
    ready: Promise.resolve(),
    decodeFrame: decode,
    decodeImage: async (blob) => decode(await createImageBitmap(blob, { imageOrientation: 'from-image' })),
    dispose() {},
  }
}

function wasmEngine(): ScanEngine {
  const worker = new Worker(new URL('./decoder.worker.ts', import.meta.url), { type: 'module', name: 'barcode-decoder' })
  const pending = new Map<number, { resolve: (r: FrameResult & { ms: number }) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let markReady: (error?: string) => void = () => {}
  const ready = new Promise<void>((resolve, reject) => {
    markReady = (error) => (error ? reject(new Error(error)) : resolve())
  })
  const fail = (error: Error) => {
    markReady(error.message)
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }
  worker.onmessage = ({ data }: MessageEvent<DecodeResponse>) => {
    if ('ready' in data) return markReady(data.error)
    const p = pending.get(data.id)
    pending.delete(data.id)
    if (!p) return
    if (data.ok) p.resolve(data)
    else p.reject(new Error(data.error))
  }
  worker.onerror = (event) => fail(new Error(event.message || 'The barcode decoder failed to start'))

  const send = (request: DistributiveOmit<DecodeRequest, 'id'>, transfer: Transferable[] = []) =>
    new Promise<FrameResult & { ms: number }>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id }, transfer)
    })

  return {
    kind: 'wasm',
    ready,
    decodeFrame: (bitmap) => send({ kind: 'frame', bitmap }, [bitmap]),
    decodeImage: (blob) => send({ kind: 'image', blob }),
    dispose() {
      fail(new Error('The scanner was closed'))
      worker.terminate()
    },
  }
}
