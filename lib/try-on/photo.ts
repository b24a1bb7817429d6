/** Longest side of an uploaded photo as worked on: enough for the face models, light on memory. */
const PHOTO_MAX_SIDE = 1280

/** An uploaded photo upright (EXIF orientation applied) in a canvas, at most PHOTO_MAX_SIDE on its longest side. */
export async function photoCanvas(file: File): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  // Even sizes keep the maths simple for the drawing's centre.
  canvas.width = Math.max(2, Math.round((bitmap.width * scale) / 2) * 2)
  canvas.height = Math.max(2, Math.round((bitmap.height * scale) / 2) * 2)
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  return canvas
}
