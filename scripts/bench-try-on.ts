// Face try-on in headless Chromium with a fake camera filming a face, as `npm run bench` reports it.
//   node --import tsx scripts/bench-try-on.ts --base http://127.0.0.1:3000 [--seconds 20] [--json]
// The browser talks to the server through a byte-counting proxy on loopback, so "transferred" is
// what crossed the wire (status line, headers and the encoded body), whoever asked for it: the
// page, a script or the service worker. Nothing is added to the app: the figures are its own
// `data-*` attributes, plus one timestamp per face reading (Human draws each video frame it reads
// into a canvas: `drawImage` is wrapped in the page to note when).
//   1. First visit, fresh context: bytes from navigation until `data-tracking=tracking`, then
//      until the network is quiet (the service worker precaching in the background).
//   2. Tracking at 640x480 on the default backend: `--seconds` of samples, then low-power mode.
//   3. Repeat visit in the same context (HTTP cache and service worker warm): bytes to tracking.
//   4. Tracking with `?backend=webgl` (software WebGL here) in a fresh context.
// With --json, prints one JSON line (see `Result`).
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { fakeCamera } from '../e2e/browser'
import { y4mColor } from '../lib/scan/testing/y4m'
import { faceFrame, SWAY } from '../lib/try-on/testing/face-photo'

const HANDLE = 'harbor-sunglasses'
const CAMERA_FPS = 30
const TRACKING_TIMEOUT_MS = 180_000
const QUIET_MS = 3_000
const SETTLE_MAX_MS = 60_000

type Stats = { median: number; p95: number; min: number; max: number; n: number }
type Kind = 'js' | 'models' | 'glb' | 'precache' | 'other'
type Transfer = { method: string; path: string; dest: string; status: number; bytes: number; kind: Kind; cacheControl: string }
type Bytes = { total: number; byKind: Record<Kind, number>; requests: number; list: Transfer[] }
type Tracking = {
  backend: string
  video: string
  seconds: number
  status: string
  /** The app's `data-track-ms` (median model ms of its last 30 readings), sampled once a second. */
  trackMs: Stats | null
  /** The app's `data-fps` (readings in its last 2 s ÷ 2), sampled once a second. */
  fps: Stats | null
  /** From the reading timestamps: readings per second over the whole window, and ms between readings. */
  readingsPerS: number
  intervalMs: Stats | null
}
/** A Cache Storage cache of the origin after the visit, and what it holds by path. */
type SwCache = { name: string; files: number; vendor: number; models: number; build: number }
type Visit = { startToTrackingMs: number | null; toTracking: Bytes; settled: Bytes; controlled: boolean; caches: SwCache[] }
type Result = {
  nproc: number
  /** 1/5/15-minute load averages at the start, and right after the WebAssembly samples. */
  loadavg: string
  loadavgAfter: string
  first: Visit
  repeat: Visit
  wasm: Tracking
  lowPower: Tracking
  webgl: Tracking & { startToTrackingMs: number | null }
}

function stats(values: number[]): Stats | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]
  return { median: at(0.5), p95: at(0.95), min: s[0], max: s.at(-1)!, n: s.length }
}

function kindOf(pathname: string, dest: string): Kind {
  const p = pathname.split('?')[0]
  if (p.startsWith('/vendor/human-') || p.startsWith('/vendor/tfjs-wasm-')) return 'models'
  if (p.endsWith('.glb')) return 'glb'
  // The service worker's precache fetches every build file with fetch() (no script destination).
  if (p.startsWith('/_next/static/') && dest === 'empty') return 'precache'
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'js'
  return 'other'
}

/** A TCP proxy in front of `target` that counts the bytes each HTTP/1.1 response sends back. */
async function byteProxy(target: URL) {
  let transfers: Transfer[] = []
  let lastByteAt = Date.now()
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname)
    // Chromium does not pipeline: a connection's bytes belong to its latest request.
    let current: Transfer | null = null
    client.on('data', (chunk) => {
      const head = chunk.toString('latin1', 0, Math.min(chunk.length, 8192))
      const line = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r\n/.exec(head)
      if (line) {
        const dest = /\r\nsec-fetch-dest: *([^\r]*)/i.exec(head)?.[1] ?? ''
        current = { method: line[1], path: line[2], dest, status: 0, bytes: 0, kind: kindOf(line[2], dest), cacheControl: '' }
        transfers.push(current)
      }
      upstream.write(chunk)
    })
    upstream.on('data', (chunk) => {
      lastByteAt = Date.now()
      if (current) {
        if (current.bytes === 0) {
          const head = chunk.toString('latin1', 0, Math.min(chunk.length, 8192))
          current.status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
          current.cacheControl = /\r\ncache-control: *([^\r]*)/i.exec(head)?.[1] ?? ''
        }
        current.bytes += chunk.length
      }
      client.write(chunk)
    })
    const close = () => {
      client.destroy()
      upstream.destroy()
    }
    client.on('close', close)
    upstream.on('close', close)
    client.on('error', close)
    upstream.on('error', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    base: `http://127.0.0.1:${port}`,
    reset: () => {
      transfers = []
    },
    snapshot(): Bytes {
      const list = transfers.map((t) => ({ ...t }))
      const byKind: Record<Kind, number> = { js: 0, models: 0, glb: 0, precache: 0, other: 0 }
      for (const t of list) byKind[t.kind] += t.bytes
      return { total: list.reduce((s, t) => s + t.bytes, 0), byKind, requests: list.length, list }
    },
    /** Resolves once no response byte has arrived for `QUIET_MS` (or after `SETTLE_MAX_MS`). */
    async quiet() {
      const until = Date.now() + SETTLE_MAX_MS
      while (Date.now() - lastByteAt < QUIET_MS && Date.now() < until) await new Promise((r) => setTimeout(r, 250))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Notes the page time of every video frame drawn into a 2D canvas (one per face reading). */
function readingProbe() {
  const w = window as unknown as { __readings: number[] }
  w.__readings = []
  for (const proto of [CanvasRenderingContext2D.prototype, globalThis.OffscreenCanvasRenderingContext2D?.prototype]) {
    if (!proto) continue
    const draw = proto.drawImage as (...args: unknown[]) => void
    proto.drawImage = function (this: unknown, ...args: unknown[]) {
      if (args[0] instanceof HTMLVideoElement) w.__readings.push(performance.now())
      return draw.apply(this, args)
    } as typeof proto.drawImage
  }
}

const root = (page: Page) => page.getByTestId('try-on')
const stage = (page: Page) => page.getByTestId('try-on-stage')

/** Opens the try-on, starts the camera and waits for the face to be tracked; ms from the click. */
async function startTracking(page: Page, url: string): Promise<number | null> {
  await page.goto(url)
  await root(page).and(page.locator('[data-phase=consent]')).waitFor()
  await page.getByRole('button', { name: 'Start the camera' }).click()
  const clicked = performance.now()
  try {
    await page.waitForFunction(() => document.querySelector('[data-testid=try-on]')?.getAttribute('data-tracking') === 'tracking', null, {
      timeout: TRACKING_TIMEOUT_MS,
      polling: 50,
    })
    return performance.now() - clicked
  } catch {
    return null
  }
}

async function sampleTracking(page: Page, seconds: number): Promise<Tracking> {
  const trackMs: number[] = []
  const fps: number[] = []
  const from = await page.evaluate(() => performance.now())
  for (let i = 0; i < seconds; i++) {
    await page.waitForTimeout(1000)
    const ms = Number(await stage(page).getAttribute('data-track-ms'))
    const f = Number(await stage(page).getAttribute('data-fps'))
    if (ms > 0) trackMs.push(ms)
    if (Number.isFinite(f)) fps.push(f)
  }
  const window_ = await page.evaluate((since) => {
    const all = (window as unknown as { __readings: number[] }).__readings
    const video = document.querySelector('[data-testid=try-on-stage] video') as HTMLVideoElement | null
    return {
      at: all.filter((t) => t >= since),
      to: performance.now(),
      video: video ? `${video.videoWidth}x${video.videoHeight}` : 'none',
      status: document.querySelector('[data-testid=try-on]')?.getAttribute('data-tracking') ?? 'none',
      backend: document.querySelector('[data-testid=try-on-stage]')?.getAttribute('data-backend') ?? 'none',
    }
  }, from)
  const intervals = window_.at.slice(1).map((t, i) => t - window_.at[i])
  return {
    backend: window_.backend,
    video: window_.video,
    seconds,
    status: window_.status,
    trackMs: stats(trackMs),
    fps: stats(fps),
    readingsPerS: (window_.at.length * 1000) / (window_.to - from),
    intervalMs: stats(intervals),
  }
}

async function visit(context: BrowserContext, proxy: Awaited<ReturnType<typeof byteProxy>>, url: string): Promise<{ page: Page; visit: Visit }> {
  proxy.reset()
  const page = await context.newPage()
  const startToTrackingMs = await startTracking(page, url)
  if (startToTrackingMs === null) {
    const state = await page.evaluate(() => {
      const el = document.querySelector('[data-testid=try-on]')
      return `data-phase=${el?.getAttribute('data-phase')}, data-tracking=${el?.getAttribute('data-tracking')}`
    })
    throw new Error(`${url}: no face tracked within ${TRACKING_TIMEOUT_MS / 1000} s (${state})`)
  }
  const toTracking = proxy.snapshot()
  await proxy.quiet()
  const settled = proxy.snapshot()
  const controlled = await page.evaluate(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined)
  const caches = await page.evaluate(async () => {
    const out: { name: string; files: number; vendor: number; models: number; build: number }[] = []
    for (const name of await self.caches.keys()) {
      const paths = (await (await self.caches.open(name)).keys()).map((r) => new URL(r.url).pathname)
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const [vendor, models, build] = ['/vendor/', '/models/', '/_next/static/'].map((prefix) => paths.filter((p) => p.startsWith(prefix)).length)
      out.push({ name, files: paths.length, vendor, models, build })
    }
    return out
  })
  return { page, visit: { startToTrackingMs, toTracking, settled, controlled, caches } }
}

async function main() {
  const { values } = parseArgs({
    options: { base: { type: 'string' }, seconds: { type: 'string', default: '20' }, json: { type: 'boolean', default: false } },
  })
  const base = values.base
  if (!base) throw new Error('--base URL is required')
  const seconds = Number(values.seconds)
  const json = values.json
  const log = (s: string) => console.error(`  ${s}`)

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-bench-try-on-'))
  const camera = path.join(dir, 'camera-face.y4m')
  fs.writeFileSync(camera, y4mColor(SWAY.map((dx) => faceFrame({ dx })), CAMERA_FPS))
  const proxy = await byteProxy(new URL(base))
  const browser = await chromium.launch(fakeCamera(camera))
  const url = `${proxy.base}/try-on/${HANDLE}`
  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true, permissions: ['camera'] })
    await context.addInitScript(readingProbe)
    return context
  }
  try {
    const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ')
    const loadavg = load()
    const context = await newContext()
    const first = await visit(context, proxy, url)
    log(`first visit: tracking after ${first.visit.startToTrackingMs?.toFixed(0)} ms; ${first.visit.toTracking.total} B to tracking, ${first.visit.settled.total} B settled`)
    const wasm = await sampleTracking(first.page, seconds)
    const loadavgAfter = load()
    log(`${wasm.backend}: track ${wasm.trackMs?.median} ms, ${wasm.readingsPerS.toFixed(1)} readings/s`)
    await first.page.getByRole('button', { name: 'Low power off' }).click()
    await first.page.getByRole('button', { name: 'Low power on' }).waitFor()
    await first.page.waitForTimeout(3000) // the app's readings/s looks back 2 s
    const lowPower = await sampleTracking(first.page, Math.max(5, Math.round(seconds / 2)))
    log(`low power: ${lowPower.readingsPerS.toFixed(1)} readings/s`)
    await first.page.close()
    const repeat = await visit(context, proxy, url)
    log(`repeat visit: tracking after ${repeat.visit.startToTrackingMs?.toFixed(0)} ms; ${repeat.visit.toTracking.total} B to tracking`)
    await context.close()

    const webglContext = await newContext()
    const webglPage = await webglContext.newPage()
    const webglStart = await startTracking(webglPage, `${url}?backend=webgl`)
    const webgl = { ...(await sampleTracking(webglPage, seconds)), startToTrackingMs: webglStart }
    log(`${webgl.backend}: track ${webgl.trackMs?.median} ms, ${webgl.readingsPerS.toFixed(1)} readings/s, ${webgl.status}`)
    await webglContext.close()

    const result: Result = { nproc: os.availableParallelism(), loadavg, loadavgAfter, first: first.visit, repeat: repeat.visit, wasm, lowPower, webgl }
    if (json) console.log(JSON.stringify(result))
    else console.log(JSON.stringify(result, null, 2))
  } finally {
    await browser.close()
    await proxy.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
