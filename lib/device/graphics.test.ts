import { describe, expect, it } from 'vitest'
import { graphicsFor } from './graphics'

describe('graphicsFor', () => {
  it('counts named GPUs, and a hidden name, as a GPU', () => {
    expect(graphicsFor('ANGLE (Qualcomm, Adreno (TM) 640, OpenGL ES 3.2)')).toBe('gpu')
    expect(graphicsFor('Apple GPU')).toBe('gpu')
    expect(graphicsFor('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe('gpu')
    expect(graphicsFor('')).toBe('gpu')
  })

  it('knows the software renderers', () => {
    expect(graphicsFor('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe('software')
    expect(graphicsFor('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software')
    expect(graphicsFor('Microsoft Basic Render Driver')).toBe('software')
    expect(graphicsFor('softpipe')).toBe('software')
  })

  it('says none without WebGL', () => {
    expect(graphicsFor(null)).toBe('none')
  })
})
