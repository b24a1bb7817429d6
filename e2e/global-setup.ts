import fs from 'node:fs'
import { PNG } from 'pngjs'
import { grayImage, paste, type Gray } from '../lib/scan/testing/gray'
import { renderBarcode } from '../lib/scan/testing/render'
import { y4m, y4mColor, type Rgba } from '../lib/scan/testing/y4m'
import { faceFrame, SWAY } from '../lib/try-on/testing/face-photo'
import { FACE_CAMERA, FACE_PHOTO } from './try-on-fixtures'
import { CAMERA_FILES, FOREIGN_URL, GENERATED_DIR, KNOWN_GTIN, PHOTO_FILE, QR_PHOTOS, SHELF_TAG_URL, UNKNOWN_GTIN } from './scan-fixtures'

/** A 1280x720 camera frame: a barcode held in the middle of a shelf-grey scene, nudged per frame. */
function frame(barcode: Gray, dx: number, dy: number): Gray {
  const f = grayImage(1280, 720, 0)
  for (let y = 0; y < f.height; y++) for (let x = 0; x < f.width; x++) f.data[y * f.width + x] = 150 + ((x * 7 + y * 3) % 40)
  paste(f, barcode, Math.round((f.width - barcode.width) / 2) + dx, Math.round((f.height - barcode.height) / 2) + dy)
  return f
}

async function cameraVideo(text: string, file: string) {
  const barcode = await renderBarcode('ean13', text, { scale: 3, height: 22 })
  const frames = [0, 1, 2, 3].map((i) => frame(barcode, i * 2, i % 2))
  fs.writeFileSync(file, y4m(frames, 30))
}

function pngRgba(f: Rgba): Buffer {
  const image = new PNG({ width: f.width, height: f.height })
  image.data.set(f.data)
  return PNG.sync.write(image)
}

function png(g: Gray): Buffer {
  const image = new PNG({ width: g.width, height: g.height })
  for (let i = 0; i < g.data.length; i++) image.data.set([g.data[i], g.data[i], g.data[i], 255], i * 4)
  return PNG.sync.write(image)
}

/** Fake-camera videos and a photo for the scan journeys, made from our own catalogue's codes. */
export default async function globalSetup() {
  fs.mkdirSync(GENERATED_DIR, { recursive: true })
  await cameraVideo(KNOWN_GTIN, CAMERA_FILES.known)
  await cameraVideo(UNKNOWN_GTIN, CAMERA_FILES.unknown)
  const photo = frame(await renderBarcode('ean13', KNOWN_GTIN, { scale: 3, height: 22 }), 0, 0)
  fs.writeFileSync(PHOTO_FILE, png(photo))
  fs.writeFileSync(QR_PHOTOS.foreign, png(frame(await renderBarcode('qr', FOREIGN_URL, { scale: 6 }), 0, 0)))
  // Try-on: a front camera filming a face that sways a little, and the face as a photo to upload.
  fs.writeFileSync(FACE_CAMERA, y4mColor(SWAY.map((dx) => faceFrame({ dx })), 15))
  fs.writeFileSync(FACE_PHOTO, pngRgba(faceFrame()))
  fs.writeFileSync(QR_PHOTOS.shelfTag, png(frame(await renderBarcode('qr', SHELF_TAG_URL, { scale: 5 }), 0, 0)))
}
