import fs from 'node:fs'
import path from 'node:path'
import '@tensorflow/tfjs-backend-cpu'
import { env, io, setBackend } from '@tensorflow/tfjs-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromFloat16Bits, quantizeModel, toFloat16Bits, UnsupportedModel, type ModelJson } from './fp16'

const models = path.join(process.cwd(), 'node_modules/@vladmandic/human/models')
const load = (name: string) => ({
  json: JSON.parse(fs.readFileSync(path.join(models, `${name}.json`), 'utf8')) as ModelJson,
  bin: new Uint8Array(fs.readFileSync(path.join(models, `${name}.bin`))),
})

describe('float32 → float16', () => {
  const cases: [number, number][] = [
    [0, 0x0000],
    [-0, 0x8000],
    [1, 0x3c00],
    [-2, 0xc000],
    [0.1, 0x2e66],
    [1 / 3, 0x3555],
    [65504, 0x7bff], // largest float16
    [65519, 0x7bff],
    [65520, 0x7c00], // rounds up past the largest: Infinity
    [1e9, 0x7c00],
    [Infinity, 0x7c00],
    [-Infinity, 0xfc00],
    [2 ** -14, 0x0400], // smallest normal
    [2 ** -24, 0x0001], // smallest subnormal
    [1023 * 2 ** -24, 0x03ff], // largest subnormal
    [1023.5 * 2 ** -24, 0x0400], // tie between the largest subnormal and the smallest normal: even wins
    [2 ** -25, 0x0000], // tie between 0 and the smallest subnormal: even (0) wins
    [1.5 * 2 ** -25, 0x0001],
    [3 * 2 ** -25, 0x0002], // subnormal tie 1.5 → 2
    [2 ** -30, 0x0000],
    [-(2 ** -30), 0x8000],
    [1e-45, 0x0000], // a float32 subnormal
    [1 + 2 ** -11, 0x3c00], // tie: even mantissa (0) wins
    [1 + 3 * 2 ** -11, 0x3c02], // tie: even mantissa (2) wins
    [1 + 2 ** -11 + 2 ** -20, 0x3c01], // just above the tie
  ]
  it.each(cases.map(([value, bits]) => [value, bits.toString(16).padStart(4, '0'), bits] as const))('%d → 0x%s', (value, _hex, bits) => {
    expect(toFloat16Bits(value)).toBe(bits)
  })

  it('keeps NaN a NaN', () => {
    const bits = toFloat16Bits(NaN)
    expect(bits & 0x7c00).toBe(0x7c00)
    expect(bits & 0x3ff).not.toBe(0)
    expect(fromFloat16Bits(bits)).toBeNaN()
  })

  it('gives back every float16 value exactly', () => {
    const wrong: number[] = []
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00 && bits & 0x3ff) continue // NaNs
      if (toFloat16Bits(fromFloat16Bits(bits)) !== bits) wrong.push(bits)
    }
    expect(wrong).toEqual([])
  })

  it('rounds to the nearer neighbour', () => {
    for (const value of [3.14159, -0.000123, 1234.5678, 7e-6, -4.5e-7, 40000.1]) {
      const bits = toFloat16Bits(value)
      const error = Math.abs(fromFloat16Bits(bits) - value)
      expect(error).toBeLessThanOrEqual(Math.abs(fromFloat16Bits(bits + 1) - value))
      expect(error).toBeLessThanOrEqual(Math.abs(fromFloat16Bits(bits - 1) - value))
    }
  })
})

describe('quantizeModel', () => {
  beforeAll(async () => {
    env().set('IS_TEST', true) // no "install tfjs-node" banner
    await setBackend('cpu')
  })

  it('halves the iris model’s float32 weights and keeps the int32 ones', () => {
    const iris = load('iris')
    const weights = iris.json.weightsManifest[0].weights
    const bytes = (dtype: string) =>
      weights.filter((w) => w.dtype === dtype && !w.quantization).reduce((n, w) => n + 4 * w.shape.reduce((a, b) => a * b, 1), 0)
    expect(bytes('float32')).toBeGreaterThan(2_500_000)
    expect(bytes('float32') + bytes('int32')).toBe(iris.bin.byteLength)

    const out = quantizeModel(iris.json, iris.bin)
    expect(out.bin.byteLength).toBe(bytes('float32') / 2 + bytes('int32'))
    const outWeights = out.json.weightsManifest[0].weights
    expect(outWeights.map((w) => w.name)).toEqual(weights.map((w) => w.name))
    expect(out.json.weightsManifest[0].paths).toEqual(['iris.bin'])
    for (const w of outWeights) {
      if (w.dtype === 'float32') expect(w.quantization).toEqual({ dtype: 'float16', original_dtype: 'float32' })
      else expect(w.quantization).toBeUndefined()
    }
    // Everything else in model.json is untouched.
    expect({ ...out.json, weightsManifest: null }).toEqual({ ...iris.json, weightsManifest: null })
  })

  it.each(['blazeface', 'iris', 'facemesh'])('%s decodes with tfjs to within float16 precision of the original', (name) => {
    const model = load(name)
    const out = quantizeModel(model.json, model.bin)
    const original = io.decodeWeights(arrayBuffer(model.bin), model.json.weightsManifest[0].weights as io.WeightsManifestEntry[])
    const decoded = io.decodeWeights(arrayBuffer(out.bin), out.json.weightsManifest[0].weights as io.WeightsManifestEntry[])
    expect(Object.keys(decoded)).toEqual(Object.keys(original))
    let checked = 0
    for (const [key, tensor] of Object.entries(original)) {
      expect(decoded[key].dtype).toBe(tensor.dtype)
      expect(decoded[key].shape).toEqual(tensor.shape)
      const before = tensor.dataSync()
      const after = decoded[key].dataSync()
      for (let i = 0; i < before.length; i++) {
        // Half a float16 step: 2^-11 of the value, or 2^-25 below the normal range.
        const allowed = tensor.dtype === 'int32' ? 0 : Math.max(Math.abs(before[i]) * 2 ** -11, 2 ** -25)
        if (!(Math.abs(after[i] - before[i]) <= allowed)) expect.fail(`${key}[${i}]: ${before[i]} became ${after[i]}`)
      }
      checked += before.length
    }
    expect(checked).toBeGreaterThan(100_000)
  })

  it('leaves a model that is already float16 as it is', () => {
    const facemesh = load('facemesh')
    const out = quantizeModel(facemesh.json, facemesh.bin)
    expect(Buffer.from(out.bin).equals(Buffer.from(facemesh.bin))).toBe(true)
    expect(out.json).toEqual(facemesh.json)
  })

  it('refuses a weights file that does not match its manifest', () => {
    const iris = load('iris')
    expect(() => quantizeModel(iris.json, iris.bin.subarray(0, iris.bin.byteLength - 4))).toThrow(UnsupportedModel)
    const padded = new Uint8Array(iris.bin.byteLength + 4)
    padded.set(iris.bin)
    expect(() => quantizeModel(iris.json, padded)).toThrow(UnsupportedModel)
    const sharded = { ...iris.json, weightsManifest: [{ ...iris.json.weightsManifest[0], paths: ['a.bin', 'b.bin'] }] }
    expect(() => quantizeModel(sharded, iris.bin)).toThrow(UnsupportedModel)
  })
})

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
