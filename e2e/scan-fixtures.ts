import type { Browser, BrowserContextOptions } from '@playwright/test'
import path from 'node:path'

/** Files the global setup generates for the scan journeys (git-ignored). */
export const GENERATED_DIR = path.join(process.cwd(), 'e2e', '.generated')

/** Harbor Sunglasses, tortoise: a catalogue variant's EAN-13. */
export const KNOWN_GTIN = '8034592001024'
/** A valid EAN-13 that is not in our catalogue. */
export const UNKNOWN_GTIN = '4006381333931'

export const CAMERA_FILES = {
  known: path.join(GENERATED_DIR, 'camera-harbor.y4m'),
  unknown: path.join(GENERATED_DIR, 'camera-unknown.y4m'),
}
export const PHOTO_FILE = path.join(GENERATED_DIR, 'harbor-photo.png')
export const QR_PHOTOS = {
  /** Someone else's QR code: shown, never followed. */
  foreign: path.join(GENERATED_DIR, 'qr-foreign.png'),
  /** Our shelf tag for Harbor Sunglasses at Wicker Park, as printed by /staff/shelf-tags. */
  shelfTag: path.join(GENERATED_DIR, 'qr-shelf-tag.png'),
}
export const SHELF_TAG_STORE = 'str_9pzrvq9d0m3s'
export const SHELF_TAG_URL = `https://aisle.example/tag/${SHELF_TAG_STORE}/${KNOWN_GTIN}`
export const FOREIGN_URL = 'https://prizes.example.net/claim?id=42'

/** A phone-sized context (390x844, touch) for the scan journeys. */
export function phoneContext(browser: Browser, extra: BrowserContextOptions = {}) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, ...extra })
}
