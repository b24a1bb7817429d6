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
