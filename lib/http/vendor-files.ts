/**
 * Files the browser loads from our origin that come out of npm packages. The version is in the
 * URL so the file can be cached forever; bump it with the package (a test checks they agree).
 * `weights: 'float16'` marks a tfjs model.json: its weights file comes along, float32 weights
 * stored as float16 (lib/try-on/fp16.ts) to halve the download.
 */
export const vendorFiles = [
  { from: 'zxing-wasm/dist/reader/zxing_reader.wasm', publicPath: 'vendor/zxing-wasm-3.1.8/zxing_reader.wasm' },
  // Face tracking for try-on (lib/try-on/face-assets.ts): detector, mesh and iris models only.
  { from: '@vladmandic/human/models/blazeface.json', publicPath: 'vendor/human-3.3.6/models/blazeface.json', weights: 'float16' },
  { from: '@vladmandic/human/models/facemesh.json', publicPath: 'vendor/human-3.3.6/models/facemesh.json', weights: 'float16' },
  { from: '@vladmandic/human/models/iris.json', publicPath: 'vendor/human-3.3.6/models/iris.json', weights: 'float16' },
  // The tfjs WebAssembly backend picks one of the three by what the browser supports.
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', publicPath: 'vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm.wasm' },
  { from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm', publicPath: 'vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm-simd.wasm' },
  {
    from: '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm',
    publicPath: 'vendor/tfjs-wasm-4.22.0/tfjs-backend-wasm-threaded-simd.wasm',
  },
] as const

export type VendorFile = { from: string; publicPath: string; weights?: 'float16' }

export const vendorUrl = (publicPath: (typeof vendorFiles)[number]['publicPath']) => `/${publicPath}`

/** The npm package a vendor file comes from (scoped names keep their scope). */
export const vendorPackage = (file: VendorFile) => file.from.split('/').slice(0, file.from.startsWith('@') ? 2 : 1).join('/')
