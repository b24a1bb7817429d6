import path from 'node:path'
import { GENERATED_DIR } from './scan-fixtures'

/** A fake front camera filming a face, and the same face as a photo (made by e2e/global-setup.ts). */
export const FACE_CAMERA = path.join(GENERATED_DIR, 'camera-face.y4m')
export const FACE_PHOTO = path.join(GENERATED_DIR, 'face-photo.png')

/** Products with try-on: sunglasses (eyewear) and a hat, from the seeded catalogue. */
export const EYEWEAR = '/try-on/harbor-sunglasses'
