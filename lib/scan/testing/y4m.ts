import type { Gray } from './gray'

/**
 * A YUV4MPEG2 (4:2:0) video of greyscale frames: the file Chromium plays as a fake camera
 * (`--use-file-for-fake-video-capture`). Chroma is neutral; width and height must be even.
 */
export function y4m(frames: readonly Gray[], fps = 30): Buffer {
  const { width, height } = frames[0]
  if (width % 2 || height % 2) throw new RangeError('y4m frames need an even width and height')
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const parts: Buffer[] = [header]
  for (const f of frames) {
    if (f.width !== width || f.height !== height) throw new RangeError('every y4m frame must be the same size')
    parts.push(Buffer.from('FRAME\n'), Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength), chroma)
  }
  return Buffer.concat(parts)
}

/** An RGBA picture (as pngjs and jpeg-js decode them). */
export type Rgba = { width: number; height: number; data: Uint8Array | Buffer }

/** A YUV4MPEG2 (4:2:0, full-range BT.601) video of colour frames, for a fake camera that films a face. */
export function y4mColor(frames: readonly Rgba[], fps = 30): Buffer {
  const { width, height } = frames[0]
  if (width % 2 || height % 2) throw new RangeError('y4m frames need an even width and height')
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`)
  const parts: Buffer[] = [header]
  for (const f of frames) {
    if (f.width !== width || f.height !== height) throw new RangeError('every y4m frame must be the same size')
    const y = Buffer.alloc(width * height)
    const u = Buffer.alloc((width / 2) * (height / 2))
    const v = Buffer.alloc((width / 2) * (height / 2))
    const d = f.data
    for (let i = 0; i < width * height; i++) {
      const [r, g, b] = [d[i * 4], d[i * 4 + 1], d[i * 4 + 2]]
      y[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b)
    }
    for (let cy = 0; cy < height / 2; cy++) {
      for (let cx = 0; cx < width / 2; cx++) {
        let r = 0
        let g = 0
        let b = 0
        for (const [ox, oy] of [[0, 0], [1, 0], [0, 1], [1, 1]]) {
          const i = ((cy * 2 + oy) * width + cx * 2 + ox) * 4
          r += d[i]
          g += d[i + 1]
          b += d[i + 2]
        }
        r /= 4
        g /= 4
        b /= 4
        const j = cy * (width / 2) + cx
        u[j] = Math.max(0, Math.min(255, Math.round(128 - 0.168736 * r - 0.331264 * g + 0.5 * b)))
        v[j] = Math.max(0, Math.min(255, Math.round(128 + 0.5 * r - 0.418688 * g - 0.081312 * b)))
      }
    }
    parts.push(Buffer.from('FRAME\n'), y, u, v)
  }
  return Buffer.concat(parts)
}
