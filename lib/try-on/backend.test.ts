import { describe, expect, it } from 'vitest'
import { backendForRenderer } from './backend'

describe('backendForRenderer', () => {
  it('runs on the GPU where there is one, on the CPU where WebGL is software', () => {
    expect(backendForRenderer('ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)')).toBe('webgl')
    expect(backendForRenderer('Apple GPU')).toBe('webgl')
    expect(backendForRenderer('')).toBe('webgl')
    expect(backendForRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe('wasm')
    expect(backendForRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('wasm')
    expect(backendForRenderer(null)).toBe('wasm')
  })
})
