// Shared helpers for scripts/start.mjs, scripts/test.mjs and scripts/bench.mjs.
// Plain Node (no dependencies): build freshness, spawning Next.js, waiting for
// HTTP, process-tree RSS and killing whole process trees.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Absolute path of our Next.js CLI entry (run with `process.execPath`, no
 * npx/shell layer). Always the project's copy; the app dir is the cwd.
 */
export function nextBin() {
  return path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')
}

// Directories and top-level files whose changes require a new production build.
const SOURCE_DIRS = ['app', 'components', 'lib', 'kiosk', 'public']
const SOURCE_FILE_RE =
  /^(next\.config\.[cm]?[jt]s|package\.json|package-lock\.json|tsconfig\.json|(tailwind|postcss)\.config\.[cm]?[jt]s)$/
const SKIP_DIRS = new Set(['node_modules', '.next', '.git', '.data'])

/** Newest file (mtime) under `dir`, or null. Returns { file, mtimeMs }. */
function newestIn(dir) {
  let best = null
  let entries
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return null
  }
  for (const e of entries) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue
      const sub = newestIn(p)
      if (sub && (!best || sub.mtimeMs > best.mtimeMs)) best = sub
    } else if (e.isFile()) {
      const { mtimeMs } = fs.statSync(p)
      if (!best || mtimeMs > best.mtimeMs) best = { file: p, mtimeMs }
    }
  }
  return best
}

/**
 * Is a (re)build needed? Returns { needed: boolean, reason: string }.
 * Needed when `<distDir>/BUILD_ID` is missing or any source file is newer than it (the dist dir is
 * `NEXT_DIST_DIR` when set, as next.config.ts reads it).
 */
export function buildStatus(root = ROOT) {
  const idFile = path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')
  let builtAt
  try {
    builtAt = fs.statSync(idFile).mtimeMs
  } catch {
    return { needed: true, reason: 'no production build (.next/BUILD_ID missing)' }
  }
  let newest = null
  for (const d of SOURCE_DIRS) {
    const n = newestIn(path.join(root, d))
    if (n && (!newest || n.mtimeMs > newest.mtimeMs)) newest = n
  }
  for (const name of fs.readdirSync(root)) {
    if (!SOURCE_FILE_RE.test(name)) continue
    const p = path.join(root, name)
    const { mtimeMs } = fs.statSync(p)
    if (!newest || mtimeMs > newest.mtimeMs) newest = { file: p, mtimeMs }
  }
  if (newest && newest.mtimeMs > builtAt) {
    return {
      needed: true,
      reason: `${path.relative(root, newest.file)} is newer than the production build`,
    }
  }
  return { needed: false, reason: 'production build is up to date' }
}

/** Run a command with inherited stdio; resolves with { code, signal, ms }. */
export function run(cmd, args, opts = {}) {
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts })
    const forward = (sig) => child.kill(sig)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve({ code: code ?? (signal ? 1 : 0), signal, ms: performance.now() - t0 })
    })
  })
}

/** `next build` in `root`. Resolves with elapsed ms; rejects when the build fails. */
export async function nextBuild(root = ROOT, env = process.env) {
  const { code, ms } = await run(process.execPath, [nextBin(), 'build'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
  })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  return ms
}

/** Build only when needed. Returns { built: boolean, ms: number, reason: string }. */
export async function ensureBuild(root = ROOT, { log = console.log, env = process.env } = {}) {
  const status = buildStatus(root)
  if (!status.needed) {
    log(`> ${status.reason}`)
    return { built: false, ms: 0, reason: status.reason }
  }
  log(`> Building: ${status.reason}. Running \`next build\`...`)
  const ms = await nextBuild(root, env)
  log(`> Build finished in ${(ms / 1000).toFixed(1)} s`)
  return { built: true, ms, reason: status.reason }
}

/**
 * On a new embedded database, migrate and seed it in a short-lived process first, so the server
 * opens it already seeded (seeding in the server would leave its WebAssembly heap grown for good).
 * Resolves with the ms it took, 0 when there was nothing to do.
 */
export async function prepareDatabase(root = ROOT, env = process.env) {
  if (env.DATABASE_URL) return 0
  const dataDir = env.AISLE_DATA_DIR || path.join(root, '.data', 'pglite')
  if (fs.existsSync(dataDir)) return 0
  const { code, ms } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'db-prepare.ts')], {
    cwd: root,
    env,
  })
  if (code !== 0) throw new Error(`preparing the database failed (exit ${code})`)
  return ms
}

/**
 * Spawn `next start` (production). Returns the ChildProcess. `detached` puts it
 * in its own process group so the whole tree can be signalled.
 */
export function spawnNextStart({
  root = ROOT,
  port,
  hostname,
  env = process.env,
  stdio = 'inherit',
  detached = false,
} = {}) {
  const args = [nextBin(), 'start', '-p', String(port)]
  if (hostname) args.push('-H', hostname)
  return spawn(process.execPath, args, {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', PORT: String(port) },
    stdio,
    detached,
  })
}

/**
 * Spawn the production server (server.mjs: Next.js plus the fast lane for hot API reads) on
 * `port`. Same options as spawnNextStart.
 */
export function spawnServer({ root = ROOT, port, hostname, env = process.env, stdio = 'inherit', detached = false } = {}) {
  return spawn(process.execPath, [path.join(root, 'server.mjs')], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', PORT: String(port), ...(hostname ? { HOSTNAME: hostname } : {}) },
    stdio,
    detached,
  })
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * Poll `url` until it answers. With `okOnly`, keep polling until a 2xx arrives.
 * Resolves with { status, ms, body } (ms since `since`). Rejects on timeout or
 * when `child` exits first.
 */
export async function waitForHttp(
  url,
  { timeoutMs = 120_000, okOnly = false, child, since = performance.now(), intervalMs = 100 } = {},
) {
  const deadline = performance.now() + timeoutMs
  let exited = null
  const onExit = (code, signal) => (exited = { code, signal })
  child?.once('exit', onExit)
  let last = 'no answer'
  try {
    while (performance.now() < deadline) {
      if (exited) throw new Error(`server exited early (code ${exited.code}, signal ${exited.signal})`)
      try {
        const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) })
        const body = await res.text()
        if (!okOnly || res.ok) return { status: res.status, ms: performance.now() - since, body }
        last = `HTTP ${res.status}`
      } catch (err) {
        last = err?.cause?.code ?? err?.message ?? String(err)
      }
      await sleep(intervalMs)
    }
  } finally {
    child?.off('exit', onExit)
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${url} (last: ${last})`)
}

/** All descendant pids of `pid` (Linux /proc), depth first, excluding pid itself. */
export function descendants(pid) {
  const children = new Map()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      // comm may contain spaces/parens: parse after the last ')'
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (!children.has(ppid)) children.set(ppid, [])
      children.get(ppid).push(Number(name))
    } catch {
      // process vanished
    }
  }
  const out = []
  const walk = (p) => {
    for (const c of children.get(p) ?? []) {
      out.push(c)
      walk(c)
    }
  }
  walk(pid)
  return out
}

/** VmRSS in bytes of one pid (0 if gone). */
export function rssOf(pid) {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) * 1024 : 0
  } catch {
    return 0
  }
}

/** Sum of VmRSS over pid and its descendants: { bytes, pids }. */
export function treeRss(pid) {
  const pids = [pid, ...descendants(pid)]
  return { bytes: pids.reduce((s, p) => s + rssOf(p), 0), pids }
}

/**
 * Kill a process and all its descendants: SIGTERM, then SIGKILL after
 * `graceMs`. Resolves when the root has exited (or after the SIGKILL).
 */
export async function killTree(child, { graceMs = 5000 } = {}) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const pids = [child.pid, ...descendants(child.pid)]
  const exited = new Promise((r) => child.once('exit', r))
  for (const p of pids.reverse()) {
    try {
      process.kill(p, 'SIGTERM')
    } catch {
      // already gone
    }
  }
  await Promise.race([exited, sleep(graceMs)])
  // Anything still alive (root or stragglers) gets SIGKILL.
  let killed = false
  for (const p of pids) {
    try {
      process.kill(p, 'SIGKILL')
      killed = true
    } catch {
      // already gone
    }
  }
  if (killed) await Promise.race([exited, sleep(2000)])
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

export function fmtMs(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`
}
