import { describe, expect, it } from 'vitest'
import { backendForRenderer } from './backend'

describe('backendForRenderer', () => {
  it('runs the face models on the GPU where there is one, else on WebAssembly', () => {
    expect(backendForRenderer('Apple GPU')).toBe('webgl')
    expect(backendForRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('wasm')
    expect(backendForRenderer(null)).toBe('wasm')
  })
})
