// The production server: Next.js, with a fast lane for the two reads every scanner and product
// screen hammers (by-code and availability) and for placing a reservation (the flash-sale write).
// Those requests skip Next's router, which costs about a millisecond of CPU per request on this
// hardware, and call the very same route handler that `app/api/v1/…/route.ts` exports — one
// implementation, two ways in. Everything else, and any request the lane cannot take, goes
// through Next as usual.
import http from 'node:http'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import next from 'next'
import securityHeaders from './lib/http/security-headers.json' with { type: 'json' }

const root = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next')

const lanes = [
  { method: 'GET', pattern: /^\/api\/v1\/products\/by-code\/([^/?]+)$/, route: 'api/v1/products/by-code/[code]', param: 'code' },
  { method: 'GET', pattern: /^\/api\/v1\/products\/([a-z0-9-]+)\/availability$/, route: 'api/v1/products/[handle]/availability', param: 'handle' },
  { method: 'POST', pattern: /^\/api\/v1\/reservations$/, route: 'api/v1/reservations' },
]

/** The handler a route file exports for `method`, as Next compiled it; null when it cannot be had. */
function loadHandler(route, method) {
  try {
    const mod = require(path.join(distDir, 'server', 'app', route, 'route.js'))
    const fn = mod.routeModule?.userland?.[method]
    return typeof fn === 'function' ? fn : null
  } catch (e) {
    console.warn(`fast lane for /${route} is off: ${e instanceof Error ? e.message : e}`)
    return null
  }
}

const MAX_BODY = 16_384
// What a lane's handler may read of the request: the BFF's own headers, nothing else.
const passHeaders = ['content-type', 'idempotency-key', 'authorization', 'cookie', 'accept']

/** A small request body, or null when it is larger than any the lane's routes accept. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on('data', (c) => {
      size += c.length
      if (size > MAX_BODY) {
        req.removeAllListeners('data')
        resolve(null)
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function serveLane(handler, params, req, res) {
  const url = `http://${req.headers.host ?? 'localhost'}${req.url}`
  let init = { method: req.method === 'HEAD' ? 'GET' : req.method }
  if (req.method === 'POST') {
    const body = await readBody(req)
    if (body === null) {
      res.writeHead(413, { 'content-type': 'application/problem+json', 'cache-control': 'no-store', connection: 'close' })
      res.end(JSON.stringify({ type: '/problems/body-too-large', title: 'Unreadable request body', status: 413, detail: 'The request body is too large.' }))
      return
    }
    const headers = new Headers()
    for (const name of passHeaders) if (req.headers[name]) headers.set(name, String(req.headers[name]))
    init = { method: 'POST', headers, body }
  }
  const response = await handler(new Request(url, init), { params: Promise.resolve(params) })
  let body = Buffer.from(await response.arrayBuffer())
  const headers = { ...securityHeaders, ...Object.fromEntries(response.headers) }
  if (body.length > 1024 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = gzipSync(body, { level: 4 })
    headers['content-encoding'] = 'gzip'
    headers.vary = 'Accept-Encoding'
  }
  headers['content-length'] = String(body.length)
  res.writeHead(response.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

const app = next({ dev: false, dir: root, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()
const ready = lanes.map((lane) => ({ ...lane, handler: loadHandler(lane.route, lane.method) })).filter((l) => l.handler)

// Per-IP limits (sign-in codes) read X-Forwarded-For. Without a trusted proxy in front, a client
// could write its own: the socket's address replaces it.
const trustedProxies = Number(process.env.AISLE_TRUSTED_PROXIES ?? 0)

const server = http.createServer((req, res) => {
  if (!trustedProxies) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  const method = req.method === 'HEAD' ? 'GET' : req.method
  const pathname = req.url?.split('?')[0] ?? ''
  for (const lane of ready) {
    if (lane.method !== method) continue
    const m = lane.pattern.exec(pathname)
    if (!m) continue
    let value
    try {
      value = lane.param ? decodeURIComponent(m[1]) : undefined
    } catch {
      res.writeHead(400, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' })
      res.end(JSON.stringify({ type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'The path has a malformed %-escape.' }))
      return
    }
    serveLane(lane.handler, lane.param ? { [lane.param]: value } : {}, req, res).catch((e) => {
      console.error('fast lane failed', e instanceof Error ? e.stack : e)
      if (res.headersSent) return
      // A GET can go through Next instead; a POST's body is already read, so it gets a clean 500.
      if (req.method === 'POST') {
        res.writeHead(500, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' })
        res.end(JSON.stringify({ type: '/problems/internal', title: 'Internal error', status: 500, detail: 'Something went wrong on our side; try again.' }))
      } else handle(req, res)
    })
    return
  }
  handle(req, res)
})

// Idle keep-alive connections stay open longer than clients and proxies in front keep theirs (load
// balancers commonly 60 s). With Node's 5 s default a client that reuses a connection just as the
// server closes it gets ECONNRESET on a request that never arrived. Headers get a little longer.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000

server.listen(port, hostname, () => {
  console.log(`> Aisle server on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (fast lane: ${ready.map((l) => `${l.method} /${l.route}`).join(', ') || 'off'})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
