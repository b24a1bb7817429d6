/**
 * What the device draws 3D with. A GPU draws a product scene in a few milliseconds; a software
 * renderer (SwiftShader, llvmpipe: no GPU, a VM, a locked-down kiosk image) takes the CPU away
 * from everything else on the page for seconds. Heavy 3D starts by itself only on a GPU.
 */
export type Graphics = 'gpu' | 'software' | 'none'

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i

/** '' (a browser that hides the renderer's name) counts as a GPU: the hiding browsers are phones. */
export function graphicsFor(renderer: string | null): Graphics {
  if (renderer === null) return 'none'
  return SOFTWARE_RENDERER.test(renderer) ? 'software' : 'gpu'
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

let known: Graphics | undefined

/** This device's graphics, probed once per page load (a WebGL context is not free). */
export function deviceGraphics(): Graphics {
  known ??= graphicsFor(webglRenderer())
  return known
}

type SaveDataNavigator = Navigator & { connection?: { saveData?: boolean } }

/**
 * Whether a heavy optional view (the 3D scene) may start without a tap: a GPU draws it, and the
 * shopper has not asked the browser to save data.
 */
export function mayStartHeavyViews(): boolean {
  if ((navigator as SaveDataNavigator).connection?.saveData) return false
  if (window.matchMedia('(prefers-reduced-data: reduce)').matches) return false
  return deviceGraphics() === 'gpu'
}
