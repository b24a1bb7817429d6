/**
 * Where the browser finds face tracking's files, all on our origin (copied out of node_modules by
 * lib/http/prepare-vendor-files.ts; the versions in the paths follow the packages'). Human 3.3.6
 * loads only the detector, the mesh and the iris model from here; the tfjs WebAssembly backend
 * loads one of its three binaries, by what the browser supports.
 */

/** Human's `modelBasePath`. */
export const FACE_MODEL_BASE = '/vendor/human-3.3.6/models/'

/** Human's `wasmPath` (tfjs `setWasmPaths`): the folder holding the backend's .wasm files. */
export const TFJS_WASM_PATH = '/vendor/tfjs-wasm-4.22.0/'

/**
 * Every file face tracking may fetch and its size as served (the models' float32 weights stored
 * as float16). A test prepares the files and checks these sizes, so they are what a budget or the
 * bench may add up: all the models plus the one .wasm a browser picks.
 */
export const faceAssetFiles = [
  { path: `${FACE_MODEL_BASE}blazeface.json`, kind: 'model', bytes: 82_584 },
  { path: `${FACE_MODEL_BASE}blazeface.bin`, kind: 'model', bytes: 269_520 },
  { path: `${FACE_MODEL_BASE}facemesh.json`, kind: 'model', bytes: 92_989 },
  { path: `${FACE_MODEL_BASE}facemesh.bin`, kind: 'model', bytes: 1_477_958 },
  { path: `${FACE_MODEL_BASE}iris.json`, kind: 'model', bytes: 129_879 },
  { path: `${FACE_MODEL_BASE}iris.bin`, kind: 'model', bytes: 1_299_564 },
  { path: `${TFJS_WASM_PATH}tfjs-backend-wasm.wasm`, kind: 'wasm', bytes: 311_123 },
  { path: `${TFJS_WASM_PATH}tfjs-backend-wasm-simd.wasm`, kind: 'wasm', bytes: 424_594 },
  // Only with cross-origin isolation (SharedArrayBuffer); otherwise the simd build is used.
  { path: `${TFJS_WASM_PATH}tfjs-backend-wasm-threaded-simd.wasm`, kind: 'wasm', bytes: 435_643 },
] as const
