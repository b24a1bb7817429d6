// Scan-to-product in headless Chromium with a fake camera, as `npm run bench` reports it.
//   node --import tsx scripts/bench-scan.ts --base http://127.0.0.1:3000 [--runs 20] [--json]
// For each run: open /scan (warm cache after the first), the fake camera plays an EAN-13 of a
// catalogue variant, the page decodes it and opens the product page. Measured per run:
//   previewMs       /scan navigation start → first camera frame on the page
//   scanToProductMs first camera frame → the product page's first contentful paint
//   frameToReadMs   first camera frame → the read confirmed (two agreeing frames)
// With --json, prints { runs, engine, prerendered (runs that opened a prerendered page), previewMs, scanToProductMs, frameToReadMs } where each
// figure is { median, p95, min, max } in ms.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { launchOptions } from '../e2e/browser'
import { grayImage, paste } from '../lib/scan/testing/gray'
import { renderBarcode } from '../lib/scan/testing/render'
import { y4m } from '../lib/scan/testing/y4m'

const GTIN = '8034592001024' // Harbor Sunglasses, tortoise
const STORE = 'str_9pzrvq9d0m3s' // Wicker Park: the product page opens in in-store mode

type Stats = { median: number; p95: number; min: number; max: number }

function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s.at(-1)! }
}

async function cameraFile(dir: string) {
  const barcode = await renderBarcode('ean13', GTIN, { scale: 3, height: 22 })
  const frame = grayImage(1280, 720, 170)
  paste(frame, barcode, (1280 - barcode.width) >> 1, (720 - barcode.height) >> 1)
  const file = path.join(dir, 'camera.y4m')
  fs.writeFileSync(file, y4m([frame, frame], 30))
  return file
}

async function main() {
  const { values } = parseArgs({
    options: { base: { type: 'string' }, runs: { type: 'string', default: '20' }, json: { type: 'boolean', default: false } },
  })
  const base = values.base
  if (!base) throw new Error('--base URL is required')
  const runs = Number(values.runs)
  const json = values.json
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-bench-scan-'))
  const browser = await chromium.launch(
    launchOptions(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${await cameraFile(dir)}`]),
  )
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ['camera'] })
    await context.addCookies([{ name: 'aisle_store', value: STORE, url: base }])
    const page = await context.newPage()
    const preview: number[] = []
    const scanToProduct: number[] = []
    const frameToRead: number[] = []
    let engine = ''
    let prerenders = 0
    // One warm-up run fills the HTTP cache and compiles the WebAssembly once.
    for (let i = -1; i < runs; i++) {
      await page.goto(`${base}/scan`)
      await page.waitForURL(/\/p\/harbor-sunglasses/, { timeout: 30_000 })
      // A prerendered page paints before it is shown: its paint counts from activation.
      const { fcpEpoch, prerendered } = await page.evaluate(
        () =>
          new Promise<{ fcpEpoch: number; prerendered: boolean }>((resolve) => {
            const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { activationStart?: number }
            const activation = nav?.activationStart ?? 0
            new PerformanceObserver((list) => {
              const fcp = list.getEntriesByName('first-contentful-paint')[0]
              if (fcp) resolve({ fcpEpoch: performance.timeOrigin + Math.max(fcp.startTime, activation), prerendered: activation > 0 })
            }).observe({ type: 'paint', buffered: true })
          }),
      )
      const timing = JSON.parse((await page.evaluate(() => sessionStorage.getItem('aisle.scan.timing'))) ?? '{}') as {
        firstFrameEpoch: number
        previewMs: number
        confirmedEpoch: number
        engine: string
      }
      if (i < 0) continue
      preview.push(timing.previewMs)
      frameToRead.push(timing.confirmedEpoch - timing.firstFrameEpoch)
      scanToProduct.push(fcpEpoch - timing.firstFrameEpoch)
      engine = timing.engine
      if (prerendered) prerenders++
    }
    const result = {
      runs,
      engine,
      prerendered: prerenders,
      previewMs: stats(preview),
      scanToProductMs: stats(scanToProduct),
      frameToReadMs: stats(frameToRead),
    }
    if (json) console.log(JSON.stringify(result))
    else {
      const f = (s: Stats) => `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`
      console.log(`engine ${engine}, ${runs} runs, ${prerenders} opened a prerendered product page`)
      console.log(`/scan → first camera frame: ${f(result.previewMs)}`)
      console.log(`first frame → read confirmed: ${f(result.frameToReadMs)}`)
      console.log(`first frame → product page FCP: ${f(result.scanToProductMs)}`)
    }
  } finally {
    await browser.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
