// Draws the installable app's icons from our logo (app/icon.svg: a green tile with a white "A"
// stroked as two lines) into public/icons/, with no network and no image tools beyond pngjs.
//   node scripts/make-pwa-assets.mjs                         icons only
//   node scripts/make-pwa-assets.mjs --screenshots <baseUrl>  also the manifest's screenshots,
//                                                            taken in headless Chromium from a running server
// The generated files are committed; run this again only when the logo or the pages change.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const OUT = path.join(ROOT, 'public', 'icons')

// The logo's geometry in its own 64-unit box (app/icon.svg).
const ACCENT = [0x0f, 0x5a, 0x4a]
const WHITE = [0xff, 0xff, 0xff]
const LETTER_A = [
  [20, 48, 32, 14],
  [32, 14, 44, 48],
  [25, 36, 39, 36],
]
const STROKE = 6

/** Distance from (px, py) to the segment (x1, y1)-(x2, y2). */
function segmentDistance(px, py, [x1, y1, x2, y2]) {
  const dx = x2 - x1
  const dy = y2 - y1
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy))
}

/** Inside a rectangle with rounded corners (radius r), all in 64-unit coordinates. */
function inRoundedRect(x, y, [left, top, right, bottom], r) {
  if (x < left || x > right || y < top || y > bottom) return false
  const cx = Math.max(left + r, Math.min(right - r, x))
  const cy = Math.max(top + r, Math.min(bottom - r, y))
  return Math.hypot(x - cx, y - cy) <= r
}

/**
 * Renders `shade(x, y)` → [r, g, b, a] | null (transparent) over a size×size PNG, where x and y
 * are in the 64-unit logo box; 4×4 samples per pixel give smooth edges.
 */
function render(size, shade) {
  const png = new PNG({ width: size, height: size })
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0
      let g = 0
      let b = 0
      let a = 0
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade(((px + (sx + 0.5) / n) / size) * 64, ((py + (sy + 0.5) / n) / size) * 64)
          if (!c) continue
          const alpha = c[3] ?? 1
          r += c[0] * alpha
          g += c[1] * alpha
          b += c[2] * alpha
          a += alpha
        }
      }
      const i = (py * size + px) * 4
      png.data[i] = a ? Math.round(r / a) : 0
      png.data[i + 1] = a ? Math.round(g / a) : 0
      png.data[i + 2] = a ? Math.round(b / a) : 0
      png.data[i + 3] = Math.round((a / (n * n)) * 255)
    }
  }
  return PNG.sync.write(png)
}

/** Strokes (segments in 64 units) scaled by `scale` about the box's centre. */
const strokeAt = (segments, width, scale) => (x, y) => {
  const ux = 32 + (x - 32) / scale
  const uy = 32 + (y - 32) / scale
  return segments.some((s) => segmentDistance(ux, uy, s) <= width / 2)
}

const tile = (glyph, { radius = 14, fullBleed = false } = {}) => (x, y) => {
  if (!fullBleed && !inRoundedRect(x, y, [0, 0, 64, 64], radius)) return null
  return glyph(x, y) ? WHITE : ACCENT
}

// Shortcut glyphs in the same stroke language: a viewfinder with a scan line, and a card.
const VIEWFINDER = [
  [16, 24, 16, 16], [16, 16, 24, 16],
  [40, 16, 48, 16], [48, 16, 48, 24],
  [48, 40, 48, 48], [48, 48, 40, 48],
  [24, 48, 16, 48], [16, 48, 16, 40],
  [22, 32, 42, 32],
]
const CARD = [
  [14, 20, 50, 20], [50, 20, 50, 44], [50, 44, 14, 44], [14, 44, 14, 20],
  [14, 28, 50, 28],
  [20, 37, 30, 37],
]

const icons = [
  // "any": the tile as the logo draws it, with transparent corners.
  ['icon-192.png', 192, tile(strokeAt(LETTER_A, STROKE, 1))],
  ['icon-512.png', 512, tile(strokeAt(LETTER_A, STROKE, 1))],
  // "maskable": full-bleed, the letter inside the central safe circle (80% of the width).
  ['icon-maskable-512.png', 512, tile(strokeAt(LETTER_A, STROKE, 0.72), { fullBleed: true })],
  // iOS rounds the corners itself and shows transparency as black.
  ['apple-touch-icon.png', 180, tile(strokeAt(LETTER_A, STROKE, 0.85), { fullBleed: true })],
  // Android draws a notification's badge from its alpha alone.
  ['badge-96.png', 96, (x, y) => (strokeAt(LETTER_A, STROKE + 1, 1.25)(x, y) ? WHITE : null)],
  ['shortcut-scan-96.png', 96, tile(strokeAt(VIEWFINDER, 4.5, 1))],
  ['shortcut-wallet-96.png', 96, tile(strokeAt(CARD, 4.5, 1))],
]

async function screenshots(base) {
  const { chromium } = await import('@playwright/test')
  // As e2e/browser.ts launches it: Debian's Chromium when present, no sandbox as root.
  const browser = await chromium.launch({
    ...(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking'],
  })
  try {
    for (const [file, viewport] of [
      ['screenshot-narrow.png', { width: 390, height: 844 }],
      ['screenshot-wide.png', { width: 1280, height: 800 }],
    ]) {
      // Service workers stay out of it: the picture is of the page, not of an install banner.
      const context = await browser.newContext({ viewport, serviceWorkers: 'block' })
      const page = await context.newPage()
      await page.goto(new URL('/', base).toString(), { waitUntil: 'networkidle' })
      await page.screenshot({ path: path.join(OUT, file) })
      await context.close()
      console.log(`wrote public/icons/${file}`)
    }
  } finally {
    await browser.close()
  }
}

fs.mkdirSync(OUT, { recursive: true })
for (const [file, size, shade] of icons) {
  fs.writeFileSync(path.join(OUT, file), render(size, shade))
  console.log(`wrote public/icons/${file}`)
}
fs.copyFileSync(path.join(ROOT, 'app', 'icon.svg'), path.join(OUT, 'icon.svg'))
console.log('wrote public/icons/icon.svg')

const at = process.argv.indexOf('--screenshots')
if (at >= 0) {
  const base = process.argv[at + 1]
  if (!base) throw new Error('--screenshots needs the base URL of a running server')
  await screenshots(base)
}
