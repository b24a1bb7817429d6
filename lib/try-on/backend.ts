import { graphicsFor } from '@/lib/device/graphics'

/**
 * Which tfjs backend runs the face models. WebGL wherever the GPU draws it; where WebGL is
 * software-rendered (SwiftShader, llvmpipe: no GPU, a VM, a locked-down kiosk image) the models
 * run many times faster on the CPU through WebAssembly SIMD, so that is chosen instead.
 */
export type TrackerBackend = 'webgl' | 'wasm'

export function backendForRenderer(renderer: string | null): TrackerBackend {
  return graphicsFor(renderer) === 'gpu' ? 'webgl' : 'wasm'
}
