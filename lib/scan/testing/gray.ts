import type { Pixels } from '../decode'

/** An 8-bit greyscale image: what the test frames are built and distorted in. */
export type Gray = { data: Uint8Array; width: number; height: number }

export function grayImage(width: number, height: number, fill = 255): Gray {
  return { data: new Uint8Array(width * height).fill(fill), width, height }
}

/** As RGBA pixels, the form the decoder takes (a canvas's ImageData). */
export function toPixels(g: Gray): Pixels {
  const data = new Uint8ClampedArray(g.width * g.height * 4)
  for (let i = 0; i < g.data.length; i++) {
    const v = g.data[i]
    data[i * 4] = v
    data[i * 4 + 1] = v
    data[i * 4 + 2] = v
    data[i * 4 + 3] = 255
  }
  return { data, width: g.width, height: g.height }
}

/** Greyscale from RGBA (Rec. 601 luma), alpha composited over white. */
export function fromRgba(data: Uint8Array | Uint8ClampedArray, width: number, height: number): Gray {
  const out = new Uint8Array(width * height)
  for (let i = 0; i < out.length; i++) {
    const a = data[i * 4 + 3] / 255
    const luma = 0.299 * data[i * 4] + 0.587 * data[i * 4 + 1] + 0.114 * data[i * 4 + 2]
    out[i] = Math.round(luma * a + 255 * (1 - a))
  }
  return { data: out, width, height }
}

/** Pastes `src` into `dst` with its top-left corner at (x, y), clipped to `dst`. */
export function paste(dst: Gray, src: Gray, x: number, y: number): void {
  for (let row = 0; row < src.height; row++) {
    const ty = y + row
    if (ty < 0 || ty >= dst.height) continue
    for (let col = 0; col < src.width; col++) {
      const tx = x + col
      if (tx < 0 || tx >= dst.width) continue
      dst.data[ty * dst.width + tx] = src.data[row * src.width + col]
    }
  }
}
