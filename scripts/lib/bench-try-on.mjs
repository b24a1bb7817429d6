// The try-on part of `npm run bench`: face tracking speed and the bytes the try-on route loads,
// measured by scripts/bench-try-on.ts (TypeScript through tsx, in a child process: one JSON line).
import { replaceBenchmarkSection, runTsJson } from './bench-parts.mjs'

const TARGET_FIRST_VISIT_MB = 6
const TARGET_REPEAT_VISIT_MB = 1
const TARGET_READINGS_PER_S = 10
const SAMPLE_S = 20
const MB = 1_000_000

const ok = (pass) => (pass ? '✅' : '❌')
const ms = (v) => (v === null || v === undefined ? 'n/a' : `${Number(v).toFixed(v < 10 ? 1 : 0)} ms`)
const mbs = (bytes) => `${(bytes / MB).toFixed(2)} MB`
const kbs = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const perS = (v) => `${Number(v).toFixed(1)}/s`


export async function benchTryOn(base, log) {
  log(`> Try-on: /try-on/harbor-sunglasses, headless Chromium, fake camera filming a face at 640x480 (${SAMPLE_S} s per backend)`)
  const r = await runTsJson('bench-try-on.ts', ['--base', base, '--seconds', String(SAMPLE_S)])
  log(`  ${r.wasm.backend}: ${perS(r.wasm.readingsPerS)} readings, model ${ms(r.wasm.trackMs?.median)} median; low power ${perS(r.lowPower.readingsPerS)}`)
  log(`  ${r.webgl.backend} (?backend=webgl): ${perS(r.webgl.readingsPerS)} readings, model ${ms(r.webgl.trackMs?.median)} median`)
  log(`  first visit ${mbs(r.first.toTracking.total)} to tracking (${mbs(r.first.settled.total)} once quiet); repeat visit ${kbs(r.repeat.toTracking.total)}`)
  return r
}

/** What went over the network, largest first, as "path (size)". */
function biggest(bytes, n = 6) {
  const list = [...bytes.list].sort((a, b) => b.bytes - a.bytes).slice(0, n)
  const rest = bytes.list.length - list.length
  const name = (t) => `\`${t.path.length > 60 ? `${t.path.slice(0, 57)}…` : t.path}\` ${t.status} (${kbs(t.bytes)})`
  return `${list.map(name).join(', ')}${rest > 0 ? ` and ${rest} more` : ''}`
}

/** The Cache-Control the server sent with the first response of `kind`, for the method note. */
function cacheControlOf(bytes, kind) {
  return bytes.list.find((t) => t.kind === kind && t.status === 200)?.cacheControl || 'none'
}

/** The origin's Cache Storage after a visit, as "`name` n files (x under /vendor/, …)". */
function swCaches(caches = []) {
  if (caches.length === 0) return 'nothing'
  const what = (c) => {
    const parts = [[c.vendor, '/vendor/'], [c.models, '/models/'], [c.build, '/_next/static/']].filter(([n]) => n > 0).map(([n, where]) => `${n} under ${where}`)
    return `\`${c.name.replace(/https?:\/\/[^/]+\/?$/, '{origin}')}\` ${c.files} files${parts.length ? ` (${parts.join(', ')})` : ''}`
  }
  return caches.map(what).join(', ')
}

const vendorFiles = (caches = []) => caches.reduce((n, c) => n + c.vendor, 0)
/** Whether the service worker kept the face models only on the repeat visit. */
const lateVendor = (first, repeat) => vendorFiles(first) === 0 && vendorFiles(repeat) > 0

/** The "## Try-on" section of BENCHMARKS.md. */
export function tryOnSection(p, r) {
  const { first, repeat, wasm, lowPower, webgl } = r
  p('## Try-on')
  p()
  p(`Measured ${new Date().toISOString()} by \`npm run bench\` (this section alone: \`npm run bench -- --only-try-on\`).`)
  p()
  p(
    `\`scripts/bench-try-on.ts\` opens \`/try-on/harbor-sunglasses\` in headless Chromium (390x844, \`--disable-gpu\`: WebGL is software-rendered, so the app runs the face models on ${wasm.backend === 'wasm' ? 'WebAssembly' : wasm.backend}) with a fake camera playing a ${wasm.video}, 30 fps video of a face that sways a few pixels (\`lib/try-on/testing/face-photo.ts\`), presses "Start the camera" and waits for \`data-tracking=tracking\`. Then ${wasm.seconds} s of samples. Nothing is added to the app: "model time" is the app's own \`data-track-ms\` (the median of its last 30 readings) read once a second, so its p95 is over those samples and understates a single slow frame; readings per second and the time between readings come from the time of every face reading (the page wraps \`drawImage\`: the face library draws each video frame it reads into a canvas); "app" is the stage's \`data-fps\`. Low power: the same page after pressing "Low power off". Software WebGL: a fresh context on \`?backend=webgl\`. The models run on the CPU of a shared ${r.nproc}-CPU machine (load averages ${r.loadavg} at the start, ${r.loadavgAfter ?? 'n/a'} after the WebAssembly samples) with no GPU: these figures are a floor, not a phone's.`,
  )
  p()
  p('| Measurement | Median | p95 | Readings/s | Target | |')
  p('| --- | ---: | ---: | ---: | --- | --- |')
  const row = (name, t, target = '', pass = '') => {
    const app = t.fps ? ` (app ${t.fps.median.toFixed(1)})` : ''
    p(`| ${name}: model time per reading | ${ms(t.trackMs?.median)} | ${ms(t.trackMs?.p95)} | ${perS(t.readingsPerS)}${app} | ${target} | ${pass} |`)
    if (t.intervalMs) p(`| … time from one reading to the next (${t.intervalMs.n + 1} readings) | ${ms(t.intervalMs.median)} | ${ms(t.intervalMs.p95)} | | | |`)
  }
  const name = (b) => (b === 'wasm' ? 'WebAssembly' : b === 'webgl' ? 'WebGL' : b)
  row(`${name(wasm.backend)} (the app's choice here)`, wasm, `≥ ${TARGET_READINGS_PER_S} readings/s`, ok(wasm.readingsPerS >= TARGET_READINGS_PER_S))
  row(`${name(lowPower.backend)}, low-power mode`, lowPower, '≤ 4 readings/s (its cap)', ok(lowPower.readingsPerS <= 4.2))
  row(`Software WebGL (\`?backend=webgl\`${webgl.backend === 'webgl' ? '' : `, ran on ${webgl.backend}`})`, webgl)
  p(`| Start the camera → tracking: first visit / repeat visit (${name(wasm.backend)}) | ${ms(first.startToTrackingMs)} / ${ms(repeat.startToTrackingMs)} | | | | |`)
  p(`| Start the camera → tracking, software WebGL | ${webgl.startToTrackingMs === null ? 'not within 180 s' : ms(webgl.startToTrackingMs)} | | | | |`)
  p()
  if (webgl.status !== 'tracking') p(`With software WebGL the face was \`${webgl.status}\` at the end of the window: readings further apart than 400 ms count as lost.\n`)
  p(
    `Bytes: the browser reaches the server through a proxy on loopback that counts every byte of each response (status line, headers, encoded body), whoever asked: the page or the service worker. First visit: a fresh context, from navigation until tracking${first.settled.total === first.toTracking.total ? ' (nothing more arrived in the 3 s after: the service worker had finished precaching)' : ', then until no byte has arrived for 3 s (the service worker precaching the build in the background)'}. Repeat visit: a new tab in the same context. What kept the files: the origin's Cache Storage held ${swCaches(first.caches)} after the first visit, and ${swCaches(repeat.caches)} after the repeat visit${lateVendor(first.caches, repeat.caches) ? ' (the first time the models loaded before the service worker was in control; it keeps them on the second visit, from the HTTP cache)' : ''}; the server sends \`/vendor/\` (face models, WebAssembly) with \`Cache-Control: ${cacheControlOf(first.toTracking, 'models')}\` and \`/models/*.glb\` with \`${cacheControlOf(first.toTracking, 'glb')}\`. MB = 10⁶ bytes.`,
  )
  p()
  p('| Visit | JS (page) | Face models + wasm | GLB | SW precache | Other | Total | Target | |')
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |')
  const brow = (label, b, target = '', pass = '') =>
    p(`| ${label} | ${kbs(b.byKind.js)} | ${kbs(b.byKind.models)} | ${kbs(b.byKind.glb)} | ${kbs(b.byKind.precache)} | ${kbs(b.byKind.other)} | ${b.total >= 100_000 ? mbs(b.total) : kbs(b.total)} (${b.requests} requests) | ${target} | ${pass} |`)
  brow('First visit, navigation → tracking', first.toTracking, `≤ ${TARGET_FIRST_VISIT_MB} MB`, ok(first.toTracking.total <= TARGET_FIRST_VISIT_MB * MB))
  if (first.settled.total !== first.toTracking.total) brow('First visit, until the network is quiet', first.settled)
  brow('Repeat visit, navigation → tracking', repeat.toTracking, `≤ ${TARGET_REPEAT_VISIT_MB} MB`, ok(repeat.toTracking.total <= TARGET_REPEAT_VISIT_MB * MB))
  p()
  p(`First visit, largest: ${biggest(first.toTracking, 5)}.`)
  p()
  p(`Repeat visit, everything over the network (${repeat.controlled ? 'the page was controlled by the service worker' : 'the page was not controlled by a service worker'}): ${biggest(repeat.toTracking, 10)}.`)
  p()
}

/** `--only-try-on`: replace (or append) just that section of an existing BENCHMARKS.md. */
export const writeTryOnOnly = (tryOn) => replaceBenchmarkSection('Try-on', (p) => tryOnSection(p, tryOn))
