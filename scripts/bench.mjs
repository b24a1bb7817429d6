#!/usr/bin/env node
// `npm run bench`: cold start, memory, API/HTML throughput and first-load JS
// of the production build, compared with an empty Next.js app built here.
// Writes BENCHMARKS.md. Flags: --rebuild (force `next build` first, so the
// cold-start figure includes a full build), --skip-empty (no empty-app baseline),
// --only-try-on (just the try-on section), --skip-try-on.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { errs, kb, mb, writeReport } from './lib/bench-report.mjs'
import { lighthouse } from './lib/lighthouse.mjs'
import { benchDecode, benchScan } from './lib/bench-scan.mjs'
import { benchMembers, MEMBERS_SERVER_ENV, writeMembersOnly } from './lib/bench-members.mjs'
import { benchTryOn, writeTryOnOnly } from './lib/bench-try-on.mjs'
import { benchContention, benchPropagation, benchReserve, managerSession, pickVariants, stockUp } from './lib/bench-bopis.mjs'
import { createRequire } from 'node:module'
import {
  ROOT,
  buildStatus,
  ensureBuild,
  fmtMs,
  freePort,
  killTree,
  nextBuild,
  prepareDatabase,
  spawnNextStart,
  spawnServer,
  treeRss,
  waitForHttp,
} from './lib/next.mjs'

const require = createRequire(import.meta.url)
const autocannon = require('autocannon')

const argv = new Set(process.argv.slice(2))
const WARMUP_S = 2
const DURATION_S = 10
const LAT = 41.88
const LNG = -87.63
const SCAN_RUNS = 20

// Targets

// ---------------------------------------------------------------- cleanup
const servers = new Set()
const tempDirs = new Set()
async function cleanup() {
  await Promise.all([...servers].map((s) => killTree(s.child).catch(() => {})))
  servers.clear()
  for (const d of tempDirs) fs.rmSync(d, { recursive: true, force: true })
  tempDirs.clear()
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`\n${sig}: stopping servers...`)
    cleanup().finally(() => process.exit(130))
  })
}
process.on('exit', () => {
  // Last resort (synchronous): SIGKILL anything still running.
  for (const s of servers) {
    try {
      process.kill(s.child.pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
})

// ---------------------------------------------------------------- helpers
const log = (...a) => console.log(...a)
// autocannon counts timeouts among errors

function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown'
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))
    if (m) cpu = m[1].trim()
  } catch {
    // not Linux
  }
  let nextVersion = 'unknown'
  try {
    nextVersion = require(path.join(ROOT, 'node_modules/next/package.json')).version
  } catch {
    // ignore
  }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    next: nextVersion,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  }
}

/** Start `next start` in `dir` on a free port with a fresh PGlite dir. */
async function startServer(dir, label, extraEnv = {}) {
  const port = await freePort()
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-bench-'))
  tempDirs.add(dataRoot)
  const env = { ...process.env, AISLE_DATA_DIR: path.join(dataRoot, 'pglite'), ...extraEnv }
  const t0 = performance.now()
  if (dir === ROOT) await prepareDatabase(dir, env)
  // Aisle runs as it does in production (server.mjs); the empty app as plain `next start`.
  const spawnFn = dir === ROOT ? spawnServer : spawnNextStart
  const child = spawnFn({ root: dir, port, hostname: '127.0.0.1', env, stdio: ['ignore', 'pipe', 'pipe'] })
  const server = { child, port, base: `http://127.0.0.1:${port}`, label, output: '' }
  const keep = (chunk) => {
    server.output = (server.output + chunk.toString()).slice(-20_000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  servers.add(server)
  try {
    const first = await waitForHttp(`${server.base}/`, { child, okOnly: true, since: t0, timeoutMs: 180_000 })
    server.coldStartMs = first.ms
    server.firstHtml = first.body
  } catch (err) {
    console.error(`--- ${label} server output (tail) ---\n${server.output}\n---`)
    throw new Error(`${label}: ${err.message}`)
  }
  const rss = treeRss(child.pid)
  server.rssBytes = rss.bytes
  server.pids = rss.pids
  return server
}

async function stopServer(server) {
  await killTree(server.child)
  servers.delete(server)
}

async function getJson(url) {
  const res = await fetch(url)
  const text = await res.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: res.status, json, text }
}

/** Walk any JSON value; collect product handles and variant GTINs wherever they are. */
function harvest(value, out = { handles: new Set(), gtins: new Set() }) {
  if (Array.isArray(value)) {
    for (const v of value) harvest(v, out)
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'handle' && typeof v === 'string') out.handles.add(v)
      else if (k === 'gtin' && (typeof v === 'string' || typeof v === 'number')) out.gtins.add(String(v))
      else harvest(v, out)
    }
  }
  return out
}

async function discoverCatalog(base) {
  const list = await getJson(`${base}/api/v1/products?limit=50`)
  if (list.status !== 200 || list.json === undefined) {
    throw new Error(`GET /api/v1/products?limit=50 answered ${list.status}:\n${list.text.slice(0, 2000)}`)
  }
  const found = harvest(list.json)
  const handles = [...found.handles].slice(0, 50)
  if (found.gtins.size < 50) {
    // List items may not carry variants: read product details.
    for (const h of handles) {
      if (found.gtins.size >= 50) break
      const d = await getJson(`${base}/api/v1/products/${encodeURIComponent(h)}`)
      if (d.status === 200 && d.json !== undefined) harvest(d.json, { handles: new Set(), gtins: found.gtins })
    }
  }
  const gtins = [...found.gtins].slice(0, 50)
  if (handles.length === 0 || gtins.length === 0) {
    throw new Error(
      `could not find product handles/GTINs (handles: ${handles.length}, gtins: ${gtins.length}). ` +
        `GET /api/v1/products?limit=50 returned:\n${JSON.stringify(list.json, null, 2).slice(0, 3000)}`,
    )
  }
  return { handles, gtins }
}

/** autocannon run rotating over `paths`; `warmupS` s warm-up first (discarded). */
async function load(base, paths, { connections, duration = DURATION_S, warmupS = WARMUP_S }) {
  const make = (d) => {
    let i = 0
    return autocannon({
      url: base,
      connections,
      duration: d,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }),
        },
      ],
    })
  }
  if (warmupS > 0) await make(warmupS)
  const r = await make(duration)
  return {
    connections,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  }
}

/** Same-origin scripts a page loads: <script src> plus <link rel=preload|modulepreload as=script>. */
function scriptUrls(html, base) {
  const urls = new Set()
  const add = (src) => {
    const u = new URL(src.replace(/&amp;/g, '&'), base)
    if (u.origin === new URL(base).origin && u.pathname.startsWith('/_next/static/')) urls.add(u.href)
  }
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) add(m[1])
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0]
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1]
    const isScript = /\brel=["']modulepreload["']/i.test(tag) || (/\brel=["']preload["']/i.test(tag) && /\bas=["']script["']/i.test(tag))
    if (href && isScript) add(href)
  }
  return [...urls]
}

async function firstLoadJs(base, pagePath) {
  const res = await fetch(`${base}${pagePath}`)
  const html = await res.text()
  if (!res.ok) throw new Error(`GET ${pagePath} answered ${res.status}`)
  const urls = scriptUrls(html, base)
  let raw = 0
  let gzip = 0
  for (const u of urls) {
    const r = await fetch(u, { headers: { 'accept-encoding': 'identity' } })
    if (!r.ok) throw new Error(`GET ${u} answered ${r.status}`)
    const body = Buffer.from(await r.arrayBuffer())
    raw += body.length
    gzip += zlib.gzipSync(body, { level: 9 }).length
  }
  return { path: pagePath, files: urls.length, raw, gzip }
}

/** Build an empty Next.js app (same next/react versions) inside `.next-bench-empty`. */
async function buildEmptyApp() {
  // Inside the project so `node_modules` resolves to ours without symlinks
  // (Turbopack rejects node_modules symlinks that leave the project root).
  // `.next-*` is ignored by git, ESLint and tsconfig.
  const dir = path.join(ROOT, '.next-bench-empty')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true })
  tempDirs.add(dir)
  const v = (name) => require(path.join(ROOT, 'node_modules', name, 'package.json')).version
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'empty-next-baseline',
        private: true,
        dependencies: { next: v('next'), react: v('react'), 'react-dom': v('react-dom') },
      },
      null,
      2,
    ),
  )
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  )
  // Its own (empty) instrumentation hook: otherwise Next, rooted at the project, finds Aisle's.
  fs.writeFileSync(path.join(dir, 'instrumentation.ts'), 'export function register() {}\n')
  fs.writeFileSync(
    path.join(dir, 'app', 'page.tsx'),
    `export default function Page() {
  return <h1>Hello</h1>
}
`,
  )
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          strict: true,
          noEmit: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          isolatedModules: true,
          skipLibCheck: true,
          plugins: [{ name: 'next' }],
        },
        include: ['**/*.ts', '**/*.tsx'],
      },
      null,
      2,
    ),
  )
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default { turbopack: { root: ${JSON.stringify(ROOT)} } }\n`,
  )
  log(`> Building empty Next.js ${v('next')} app in ${path.relative(ROOT, dir)}/ ...`)
  const ms = await nextBuild(dir, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' })
  return { dir, ms }
}

// ---------------------------------------------------------------- reservations and real time
const SSE_CLIENTS = 1000

async function benchBopis(app) {
  const session = await managerSession(app.base)
  const variants = await pickVariants(app.base, 31)
  const contended = variants.pop()
  log(`> Reservations: topping up ${variants.length} variants at ${session.storeId}`)
  await stockUp(app.base, session, variants)
  const reserve = []
  for (const connections of [10, 50]) {
    log(`> POST /api/v1/reservations @ ${connections} concurrent (2 s warm-up + 10 s)`)
    const r = await benchReserve({ base: app.base, session, variants, connections })
    log(`  ${r.rps.toFixed(0)} reservations/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}`)
    reserve.push(r)
  }
  log(`> Contention: 10,000 attempts for 100 available units @ 50 concurrent`)
  const contention = await benchContention({ bases: [app.base], session, variant: contended })
  log(`  held ${contention.held}, refused ${contention.refused}, other ${contention.other}, oversold ${contention.oversold}, available after ${contention.availableAfter}`)
  log(`> Propagation: ${SSE_CLIENTS} SSE clients in a separate process; stock changes through the BFF`)
  const propagation = await benchPropagation({ readBase: app.base, writeBase: app.base, session, variantId: variants[0].id, clients: SSE_CLIENTS })
  log(`  delivered ${propagation.delivered}/${propagation.expected}; p50 ${propagation.p50.toFixed(1)} ms, p95 ${propagation.p95.toFixed(1)} ms, max ${propagation.max.toFixed(1)} ms`)
  return { reserve, contention, propagation, rssAfter: treeRss(app.child.pid).bytes }
}

/** Two app instances on one throwaway PostgreSQL database: SSE clients on A, writes through B. */
async function benchBopisPostgres() {
  const admin = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const { default: pg } = await import('pg')
  const name = `aisle_bench_${Date.now().toString(36)}`
  const adminClient = new pg.Client({ connectionString: admin })
  try {
    await adminClient.connect()
    await adminClient.query(`create database ${name}`)
  } catch (e) {
    log(`> PostgreSQL not reachable at ${admin.replace(/\/\/[^@]*@/, '//')} (${e.message}): skipping the two-instance run`)
    await adminClient.end().catch(() => {})
    return { skipped: e.message }
  }
  const url = new URL(admin)
  url.pathname = `/${name}`
  try {
    log(`> PostgreSQL: two instances on ${name}`)
    const a = await startServer(ROOT, 'Aisle A (PostgreSQL)', { DATABASE_URL: url.toString() })
    const b = await startServer(ROOT, 'Aisle B (PostgreSQL)', { DATABASE_URL: url.toString() })
    const session = await managerSession(b.base)
    const variants = await pickVariants(b.base, 2)
    const propagation = await benchPropagation({ readBase: a.base, writeBase: b.base, session, variantId: variants[0].id, clients: SSE_CLIENTS })
    log(`  A←B delivered ${propagation.delivered}/${propagation.expected}; p50 ${propagation.p50.toFixed(1)} ms, p95 ${propagation.p95.toFixed(1)} ms, max ${propagation.max.toFixed(1)} ms`)
    log(`> Contention on two instances: 10,000 attempts for 100 available, split over A and B`)
    const contention = await benchContention({ bases: [a.base, b.base], session, variant: variants[1] })
    log(`  held ${contention.held}, refused ${contention.refused}, other ${contention.other}, oversold ${contention.oversold}`)
    await stopServer(a)
    await stopServer(b)
    return { propagation, contention }
  } finally {
    await adminClient.query(`drop database if exists ${name} with (force)`).catch(() => {})
    await adminClient.end().catch(() => {})
  }
}

// ---------------------------------------------------------------- main
async function main() {
  const started = new Date()
  const m = machine()
  log(`Aisle benchmark — ${started.toISOString()}`)
  log(`Machine: ${m.nproc} CPU(s), ${m.cpu}, ${m.memory} RAM, Node ${m.node}, Next ${m.next}`)
  if (process.env.DATABASE_URL) log(`Note: DATABASE_URL is set, the server uses PostgreSQL`)

  // (a) build if needed, cold start, RSS
  let build
  if (argv.has('--rebuild')) {
    log(`> --rebuild: running \`next build\``)
    const ms = await nextBuild(ROOT)
    build = { built: true, ms, reason: '--rebuild' }
  } else {
    const status = buildStatus(ROOT)
    build = await ensureBuild(ROOT)
    build.reason = status.reason
  }
  log(`> Starting the server (fresh PGlite dir) and waiting for GET / = 200 ...`)
  const app = await startServer(ROOT, 'Aisle', MEMBERS_SERVER_ENV)
  const firstPageMs = build.ms + app.coldStartMs
  log(`  cold start ${fmtMs(app.coldStartMs)}, RSS ${mb(app.rssBytes)} (pids ${app.pids.join(', ')})`)

  if (argv.has('--only-members')) {
    writeMembersOnly(await benchMembers(app.base, log))
    await stopServer(app)
    await cleanup()
    return
  }
  if (argv.has('--only-try-on')) {
    writeTryOnOnly(await benchTryOn(app.base, log))
    await stopServer(app)
    await cleanup()
    return
  }
  const only = argv.has('--only-bopis')
  // (b) throughput
  const { handles, gtins } = await discoverCatalog(app.base)
  log(`> Catalogue: ${handles.length} handles, ${gtins.length} GTINs`)
  const byCodePaths = gtins.map((g) => `/api/v1/products/by-code/${encodeURIComponent(g)}`)
  const availPaths = handles.map((h) => `/api/v1/products/${encodeURIComponent(h)}/availability?lat=${LAT}&lng=${LNG}`)
  // sanity check one request of each, so a 404 shape problem is visible
  for (const p of [byCodePaths[0], availPaths[0], `/p/${encodeURIComponent(handles[0])}`]) {
    const r = await fetch(`${app.base}${p}`)
    const body = await r.text()
    log(`  probe ${p} -> ${r.status}${r.ok ? '' : `: ${body.slice(0, 300)}`}`)
  }

  const api = []
  for (const [name, paths] of only ? [] : [
    ['GET /api/v1/products/by-code/{gtin}', byCodePaths],
    [`GET /api/v1/products/{handle}/availability?lat=${LAT}&lng=${LNG}`, availPaths],
  ]) {
    for (const connections of [50, 200]) {
      log(`> ${name} @ ${connections} connections (${WARMUP_S} s warm-up + ${DURATION_S} s)`)
      const r = await load(app.base, paths, { connections })
      log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${errs(r)}`)
      api.push({ name, ...r })
    }
  }
  const html = []
  for (const [name, paths] of only ? [] : [
    ['GET /', ['/']],
    ['GET /p/{handle}', handles.map((h) => `/p/${encodeURIComponent(h)}`)],
  ]) {
    log(`> ${name} @ 50 connections`)
    const r = await load(app.base, paths, { connections: 50 })
    log(`  ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, non-2xx ${r.non2xx}, errors ${errs(r)}`)
    html.push({ name, ...r })
  }
  const rssAfterLoad = treeRss(app.child.pid).bytes

  // (c) first-load JS
  const js = [
    await firstLoadJs(app.base, '/'),
    await firstLoadJs(app.base, `/p/${encodeURIComponent(handles[0])}`),
    await firstLoadJs(app.base, '/scan'),
  ]
  for (const j of js) log(`  first-load JS ${j.path}: ${j.files} files, ${kb(j.raw)} raw, ${kb(j.gzip)} gzip`)

  // (d) Lighthouse, mobile, on home and a product page
  const lh = []
  if (!argv.has('--skip-lighthouse') && !only) {
    for (const page of ['/', '/p/harbor-sunglasses']) {
      log(`> Lighthouse (mobile) ${page}`)
      const r = await lighthouse(`${app.base}${page}`)
      log(`  performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}; LCP ${r.lcp}, TBT ${r.tbt}, CLS ${r.cls}`)
      lh.push({ page, ...r })
    }
  }
  // (e) scanning: decode on the distorted frame set, then scan-to-product with a fake camera
  let scan = null
  if (!argv.has('--skip-scan') && !only) {
    log(`> Barcode decoding: distorted 1280x720 frames, decoded as the app's worker does`)
    const decode = await benchDecode()
    log(`  ${decode.frames} frames: ${decode.decodedPct} % decoded (${decode.targetPct} % on clean-to-moderate), ${decode.wrongReads} wrong reads, median ${decode.medianMs} ms, p95 ${decode.p95Ms} ms`)
    log(`> Scan to product: headless Chromium, fake camera, ${SCAN_RUNS} runs`)
    const toProduct = await benchScan(app.base, SCAN_RUNS)
    log(`  first frame -> product FCP median ${toProduct.scanToProductMs.median.toFixed(0)} ms; /scan -> preview median ${toProduct.previewMs.median.toFixed(0)} ms`)
    scan = { decode, toProduct }
  }
  const members = only || argv.has('--skip-members') ? null : await benchMembers(app.base, log)
  const tryOn = only || argv.has('--skip-try-on') ? null : await benchTryOn(app.base, log)
  let bopis = null
  if (!argv.has('--skip-bopis')) bopis = await benchBopis(app)
  await stopServer(app)
  if (bopis) bopis.postgres = await benchBopisPostgres()

  let empty = null
  if (!argv.has('--skip-empty') && !only) {
    const { ms } = await buildEmptyApp()
    const emptyServer = await startServer(path.join(ROOT, '.next-bench-empty'), 'empty app')
    const j = await firstLoadJs(emptyServer.base, '/')
    empty = { buildMs: ms, coldStartMs: emptyServer.coldStartMs, rssBytes: emptyServer.rssBytes, ...j }
    log(`  empty app /: ${j.files} files, ${kb(j.raw)} raw, ${kb(j.gzip)} gzip (RSS ${mb(emptyServer.rssBytes)})`)
    await stopServer(emptyServer)
  }

  await cleanup()
  writeReport({ started, m, build, app, firstPageMs, api, html, rssAfterLoad, js, empty, lh, scan, members, bopis, warmupS: WARMUP_S, durationS: DURATION_S })
  if (tryOn) writeTryOnOnly(tryOn)
  log(`Wrote BENCHMARKS.md`)
}

main()
  .then(() => process.exit(0))
  .catch(async (err) => {
    console.error(`\nbench failed: ${err?.stack ?? err}`)
    await cleanup()
    process.exit(1)
  })

