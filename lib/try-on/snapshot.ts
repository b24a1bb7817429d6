/** The part of a source (camera frame, photo) that a box covering it shows: centred, same aspect as the box. */
export type Crop = { sx: number; sy: number; width: number; height: number }

export function visibleCrop(sourceWidth: number, sourceHeight: number, boxWidth: number, boxHeight: number): Crop {
  // The box is covered: the source is scaled until both sides fill it, and the overflow is cut evenly.
  const scale = Math.max(boxWidth / sourceWidth, boxHeight / sourceHeight)
  const width = Math.min(sourceWidth, boxWidth / scale)
  const height = Math.min(sourceHeight, boxHeight / scale)
  return { sx: (sourceWidth - width) / 2, sy: (sourceHeight - height) / 2, width, height }
}

/**
 * What the shopper sees, as a JPEG: the picture and the drawing over it, cut to the visible crop and
 * mirrored as shown. Null where the browser cannot make one.
 */
export function composeSnapshot(layers: CanvasImageSource[], crop: Crop, mirrored: boolean): Promise<Blob | null> {
  const out = document.createElement('canvas')
  out.width = Math.round(crop.width)
  out.height = Math.round(crop.height)
  const ctx = out.getContext('2d')
  if (!ctx || !out.width || !out.height) return Promise.resolve(null)
  if (mirrored) {
    ctx.translate(out.width, 0)
    ctx.scale(-1, 1)
  }
  for (const layer of layers) ctx.drawImage(layer, crop.sx, crop.sy, crop.width, crop.height, 0, 0, out.width, out.height)
  return new Promise((resolve) => out.toBlob(resolve, 'image/jpeg', 0.9))
}
