/**
 * Which tfjs backend runs the face models. WebGL wherever the GPU draws it; where WebGL is
 * software-rendered (SwiftShader, llvmpipe: no GPU, a VM, a locked-down kiosk image) the models
 * run many times faster on the CPU through WebAssembly SIMD, so that is chosen instead.
 */
export type TrackerBackend = 'webgl' | 'wasm'

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i

export function backendForRenderer(renderer: string | null): TrackerBackend {
  if (renderer === null) return 'wasm'
  return SOFTWARE_RENDERER.test(renderer) ? 'wasm' : 'webgl'
}

/** The WebGL renderer's name, '' when the browser hides it, null without WebGL. */
export function webglRenderer(): string | null {
  try {
    const canvas = document.createElement('canvas')
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null
    if (!gl) return null
    const info = gl.getExtension('WEBGL_debug_renderer_info')
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER))
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    return name
  } catch {
    return null
  }
}
