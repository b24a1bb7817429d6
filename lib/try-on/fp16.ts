/**
 * Halves the download of a TensorFlow.js graph model: every plain float32 weight is stored as
 * float16 and marked in the manifest with `quantization: {dtype: 'float16'}`, which tfjs's
 * `io.decodeWeights` expands back to float32 on load (half a float16 step is 2^-11 of a weight).
 * Other dtypes, and weights already quantized, are kept as they are.
 */

/** One weight in a tfjs manifest (the fields tfjs reads; anything else is carried over as is). */
export type WeightEntry = {
  name: string
  shape: number[]
  dtype: string
  quantization?: { dtype: string; original_dtype?: string; [key: string]: unknown }
  [key: string]: unknown
}

export type WeightGroup = { paths: string[]; weights: WeightEntry[] }

/** A graph or layers model's model.json; only `weightsManifest` is looked at. */
export type ModelJson = { weightsManifest: WeightGroup[]; [key: string]: unknown }

/** The manifest and weights file do not fit together, or use a layout this converter leaves alone. */
export class UnsupportedModel extends Error {
  constructor(detail: string) {
    super(detail)
    this.name = 'UnsupportedModel'
  }
}

/** Part of the stamp on converted files (lib/http/prepare-vendor-files.ts): bump it when the output bytes change. */
export const FLOAT16_CONVERTER = 1

const f32 = new Float32Array(1)
const f32Bits = new Uint32Array(f32.buffer)

/**
 * IEEE 754 binary16 bits of a float32 (a wider number is first rounded to float32): round to
 * nearest, ties to even; overflow goes to ±Infinity.
 */
export function toFloat16Bits(value: number): number {
  f32[0] = value
  const bits = f32Bits[0]
  const sign = (bits >>> 16) & 0x8000
  const exponent = (bits >>> 23) & 0xff
  const mantissa = bits & 0x7fffff
  // Inf stays Inf; NaN stays a (quiet) NaN.
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 | (mantissa >>> 13) : 0)
  const halfExponent = exponent - 127 + 15
  if (halfExponent >= 0x1f) return sign | 0x7c00
  if (halfExponent <= 0) {
    // Below 2^-25 (half the smallest subnormal) everything rounds to zero, float32 subnormals too.
    if (halfExponent < -10) return sign
    return sign | roundShift(mantissa | 0x800000, 14 - halfExponent)
  }
  // A carry out of the mantissa bumps the exponent, which is exactly the right answer (65520 → Inf).
  return sign | ((halfExponent << 10) + roundShift(mantissa, 13))
}

/** value >> shift, rounded to nearest with ties to even. */
function roundShift(value: number, shift: number): number {
  const kept = value >>> shift
  const rest = value & ((1 << shift) - 1)
  const halfway = 1 << (shift - 1)
  return kept + (rest > halfway || (rest === halfway && kept & 1) ? 1 : 0)
}

/** The number that binary16 bits stand for. */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >>> 10) & 0x1f
  const mantissa = bits & 0x3ff
  if (exponent === 0) return sign * mantissa * 2 ** -24
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15)
}

const bytesPerElement: Record<string, number> = { float32: 4, int32: 4, bool: 1, complex64: 8, uint8: 1, uint16: 2, float16: 2 }

const elements = (shape: number[]) => shape.reduce((n, d) => n * d, 1)

const isPlainFloat32 = (w: WeightEntry) => w.dtype === 'float32' && !w.quantization

/** Bytes one weight takes in the weights file starting at `offset` (strings carry their lengths). */
function storedBytes(weight: WeightEntry, bin: Uint8Array, offset: number): number {
  const dtype = weight.quantization?.dtype ?? weight.dtype
  if (dtype === 'string') {
    const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength)
    let end = offset
    for (let i = 0; i < elements(weight.shape); i++) end += 4 + view.getUint32(end, true)
    return end - offset
  }
  const size = bytesPerElement[dtype]
  if (!size) throw new UnsupportedModel(`weight ${weight.name} has dtype ${dtype}`)
  return elements(weight.shape) * size
}

function singleWeightsFile(json: ModelJson): WeightGroup {
  const groups = json.weightsManifest
  if (groups?.length !== 1 || groups[0].paths?.length !== 1) {
    throw new UnsupportedModel('expected one weights file (one manifest group with one path)')
  }
  return groups[0]
}

/** The weights file a model.json names (relative to it); converting needs exactly one. */
export const weightsPath = (json: ModelJson) => singleWeightsFile(json).paths[0]

/** The manifest after quantizing, and how many bytes the weights file shrinks by. */
function quantizeManifest(json: ModelJson): { json: ModelJson; savedBytes: number } {
  const group = singleWeightsFile(json)
  let savedBytes = 0
  const weights = group.weights.map((w) => {
    if (!isPlainFloat32(w)) return w
    savedBytes += elements(w.shape) * 2
    return { ...w, quantization: { dtype: 'float16', original_dtype: 'float32' } }
  })
  return { json: { ...json, weightsManifest: [{ ...group, weights }] }, savedBytes }
}

/** The model with its float32 weights stored as float16; same weight order, same file name. */
export function quantizeModel(json: ModelJson, bin: Uint8Array): { json: ModelJson; bin: Uint8Array } {
  const { weights } = singleWeightsFile(json)
  const { json: quantized, savedBytes } = quantizeManifest(json)
  const out = new Uint8Array(bin.byteLength - savedBytes)
  const outView = new DataView(out.buffer)
  const inView = new DataView(bin.buffer, bin.byteOffset, bin.byteLength)
  let from = 0
  let to = 0
  for (const weight of weights) {
    const size = storedBytes(weight, bin, from)
    if (from + size > bin.byteLength) throw new UnsupportedModel(`weights file ends inside ${weight.name}`)
    if (isPlainFloat32(weight)) {
      for (let i = 0; i < size; i += 4) outView.setUint16(to + i / 2, toFloat16Bits(inView.getFloat32(from + i, true)), true)
      to += size / 2
    } else {
      out.set(bin.subarray(from, from + size), to)
      to += size
    }
    from += size
  }
  if (from !== bin.byteLength) throw new UnsupportedModel(`weights file has ${bin.byteLength - from} bytes the manifest does not name`)
  return { json: quantized, bin: out }
}
