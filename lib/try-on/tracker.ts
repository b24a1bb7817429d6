import type { Config, Human } from '@vladmandic/human'
import { FACE_MODEL_BASE, TFJS_WASM_PATH } from './face-assets'
import type { TrackerBackend } from './backend'

/**
 * On-device face tracking with @vladmandic/human: the face detector, the mesh and the iris, nothing
 * else (no age, emotion or identity models are loaded). Models and WebAssembly come from our own
 * origin (lib/try-on/face-assets.ts); no frame leaves the device.
 */
export type TrackerSource = HTMLVideoElement | HTMLImageElement | HTMLCanvasElement

export type FaceReading = {
  /** 478 points [x, y, z] in the source's pixels (468 mesh + 10 iris). */
  mesh: number[][]
  score: number
  width: number
  height: number
}

export type Tracker = {
  backend: TrackerBackend
  /**
   * The face in this frame, or null; `ms` is the time the models took. `iris: false` skips the iris
   * model (the mesh then has 468 points): its reading changes slowly, so most frames can do without.
   */
  detect: (source: TrackerSource, options?: { iris?: boolean }) => Promise<{ face: FaceReading | null; ms: number }>
  dispose: () => void
}

function config(backend: TrackerBackend): Partial<Config> {
  return {
    backend,
    modelBasePath: FACE_MODEL_BASE,
    wasmPath: TFJS_WASM_PATH,
    // The models are cached by our service worker and the browser's HTTP cache; not twice in IndexedDB.
    cacheModels: false,
    // While frames stay alike, the face detector is skipped and the mesh follows the face from its
    // last box (the detector runs again after 2.5 s, or when the picture changes a lot); the mesh and
    // the iris still run on every reading. 0 would run the detector on every frame too.
    cacheSensitivity: 0.7,
    warmup: 'none',
    debug: false,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: { rotation: false, maxDetected: 1, return: false, minConfidence: 0.3 },
      mesh: { enabled: true },
      iris: { enabled: true },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
    },
  }
}

const sizeOf = (s: TrackerSource) =>
  s instanceof HTMLVideoElement ? { width: s.videoWidth, height: s.videoHeight } : s instanceof HTMLImageElement ? { width: s.naturalWidth, height: s.naturalHeight } : { width: s.width, height: s.height }

export async function createTracker(backend: TrackerBackend): Promise<Tracker> {
  const { Human: HumanClass } = await import('@vladmandic/human')
  const human: Human = new HumanClass(config(backend))
  await human.load()
  await human.tf.ready()
  return {
    backend: human.tf.getBackend() === 'wasm' ? 'wasm' : 'webgl',
    async detect(source, { iris = true } = {}) {
      const { width, height } = sizeOf(source)
      if (!width || !height) return { face: null, ms: 0 }
      const started = performance.now()
      const result = await human.detect(source, { face: { iris: { enabled: iris } } })
      const ms = performance.now() - started
      const face = result.face[0]
      if (!face || face.mesh.length < 468) return { face: null, ms }
      return { face: { mesh: face.mesh as number[][], score: face.score, width, height }, ms }
    },
    dispose() {
      for (const model of Object.values(human.models.models ?? {})) (model as { dispose?: () => void } | null)?.dispose?.()
    },
  }
}
