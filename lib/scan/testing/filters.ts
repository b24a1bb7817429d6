import jpeg from 'jpeg-js'
import type { Rng } from '../../demo/random'
import { fromRgba, paste, toPixels, type Gray } from './gray'

export type Box = { x: number; y: number; width: number; height: number }

function cropGray(g: Gray, box: Box): Gray {
  const out = new Uint8Array(box.width * box.height)
  for (let row = 0; row < box.height; row++) {
    const from = (box.y + row) * g.width + box.x
    out.set(g.data.subarray(from, from + box.width), row * box.width)
  }
  return { data: out, width: box.width, height: box.height }
}

/**
 * Applies a local filter to the part of `g` around `box` only, in place. Blur and JPEG are local
 * (a kernel's reach, an 8×8 block): with `margin` at least that reach and `align` on the block
 * grid, the pixels written back are exactly those a whole-frame filter would give, for a fraction
 * of the cost. Only the code's neighbourhood matters to a decoder.
 */
export function filterRegion(g: Gray, box: Box, margin: number, align: number, filter: (region: Gray) => Gray): void {
  const x0 = Math.max(0, Math.floor((box.x - 2 * margin) / align) * align)
  const y0 = Math.max(0, Math.floor((box.y - 2 * margin) / align) * align)
  const x1 = Math.min(g.width, Math.ceil((box.x + box.width + 2 * margin) / align) * align)
  const y1 = Math.min(g.height, Math.ceil((box.y + box.height + 2 * margin) / align) * align)
  const region = filter(cropGray(g, { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }))
  // Pixels within `margin` of a cut edge saw a different neighbourhood: keep the frame's own there.
  const left = x0 > 0 ? margin : 0
  const top = y0 > 0 ? margin : 0
  const right = x1 < g.width ? margin : 0
  const bottom = y1 < g.height ? margin : 0
  const trusted = cropGray(region, { x: left, y: top, width: region.width - left - right, height: region.height - top - bottom })
  paste(g, trusted, x0 + left, y0 + top)
}

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.ceil(sigma * 3)
  const kernel = new Float32Array(radius * 2 + 1)
  let sum = 0
  for (let i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma))
  for (let i = 0; i < kernel.length; i++) kernel[i] /= sum
  return kernel
}

/**
 * A camera out of focus: a Gaussian blur as two 1-D passes. Rows are convolved from an
 * edge-extended copy and columns a whole row at a time, so the inner loops never clamp.
 */
export function gaussianBlur(g: Gray, sigma: number): Gray {
  const { width, height } = g
  const kernel = gaussianKernel(sigma)
  const radius = (kernel.length - 1) / 2
  const rows = new Float32Array(width * height)
  const line = new Float32Array(width + 2 * radius)
  for (let y = 0; y < height; y++) {
    const at = y * width
    for (let i = 0; i < line.length; i++) line[i] = g.data[at + Math.min(Math.max(i - radius, 0), width - 1)]
    for (let x = 0; x < width; x++) {
      let acc = 0
      for (let k = 0; k < kernel.length; k++) acc += line[x + k] * kernel[k]
      rows[at + x] = acc
    }
  }
  const out = new Uint8Array(width * height)
  const acc = new Float32Array(width)
  for (let y = 0; y < height; y++) {
    acc.fill(0)
    for (let k = 0; k < kernel.length; k++) {
      const from = Math.min(Math.max(y + k - radius, 0), height - 1) * width
      const weight = kernel[k]
      for (let x = 0; x < width; x++) acc[x] += rows[from + x] * weight
    }
    for (let x = 0; x < width; x++) out[y * width + x] = Math.round(acc[x])
  }
  return { data: out, width, height }
}

/** Sensor noise: independent Gaussian noise of `sigma` grey levels on every pixel. */
export function addNoise(g: Gray, sigma: number, rng: Rng): Gray {
  const out = new Uint8Array(g.data.length)
  // Box–Muller gives two independent deviates per pair of uniforms: use both.
  for (let i = 0; i < out.length; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rng.float())) * sigma
    const a = 2 * Math.PI * rng.float()
    out[i] = Math.min(255, Math.max(0, Math.round(g.data[i] + r * Math.cos(a))))
    if (i + 1 < out.length) out[i + 1] = Math.min(255, Math.max(0, Math.round(g.data[i + 1] + r * Math.sin(a))))
  }
  return { data: out, width: g.width, height: g.height }
}

/** Maps black to `ink` and white to `paper`: grey bars on a grey label (faded print, poor light). */
export function tone(g: Gray, ink: number, paper: number): Gray {
  const out = new Uint8Array(g.data.length)
  for (let i = 0; i < out.length; i++) out[i] = Math.round(ink + ((paper - ink) * g.data[i]) / 255)
  return { data: out, width: g.width, height: g.height }
}

/** A round trip through a JPEG encoder at `quality` (1–100): block and ringing artefacts. */
export function jpegRoundTrip(g: Gray, quality: number): Gray {
  const encoded = jpeg.encode({ data: toPixels(g).data, width: g.width, height: g.height }, quality)
  const decoded = jpeg.decode(encoded.data, { useTArray: true })
  return fromRgba(decoded.data, decoded.width, decoded.height)
}
