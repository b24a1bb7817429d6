// The production server: Next.js, with a fast lane for the two reads every scanner and product
// screen hammers (by-code and availability). Those GETs skip Next's router, which costs about a
// millisecond of CPU per request on this hardware, and call the very same route handler that
// `app/api/v1/…/route.ts` exports — one implementation, two ways in. Everything else, and any
// request the lane cannot take, goes through Next as usual.
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
  { pattern: /^\/api\/v1\/products\/by-code\/([^/?]+)$/, route: 'api/v1/products/by-code/[code]', param: 'code' },
  { pattern: /^\/api\/v1\/products\/([a-z0-9-]+)\/availability$/, route: 'api/v1/products/[handle]/availability', param: 'handle' },
]

/** The GET handler a route file exports, as Next compiled it; null when it cannot be had. */
function loadHandler(route) {
  try {
    const mod = require(path.join(distDir, 'server', 'app', route, 'route.js'))
    const get = mod.routeModule?.userland?.GET
    return typeof get === 'function' ? get : null
  } catch (e) {
    console.warn(`fast lane for /${route} is off: ${e instanceof Error ? e.message : e}`)
    return null
  }
}

async function serveLane(handler, params, req, res) {
  const url = `http://${req.headers.host ?? 'localhost'}${req.url}`
  const response = await handler(new Request(url, { method: 'GET' }), { params: Promise.resolve(params) })
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
const ready = lanes.map((lane) => ({ ...lane, handler: loadHandler(lane.route) })).filter((l) => l.handler)

const server = http.createServer((req, res) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    const pathname = req.url?.split('?')[0] ?? ''
    for (const lane of ready) {
      const m = lane.pattern.exec(pathname)
      if (!m) continue
      let value
      try {
        value = decodeURIComponent(m[1])
      } catch {
        res.writeHead(400, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' })
        res.end(JSON.stringify({ type: '/problems/validation', title: 'Invalid request', status: 400, detail: 'The path has a malformed %-escape.' }))
        return
      }
      serveLane(lane.handler, { [lane.param]: value }, req, res).catch((e) => {
        console.error('fast lane failed', e instanceof Error ? e.stack : e)
        if (!res.headersSent) handle(req, res)
      })
      return
    }
  }
  handle(req, res)
})

server.listen(port, hostname, () => {
  console.log(`> Aisle server on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port} (fast lane: ${ready.map((l) => '/' + l.route).join(', ') || 'off'})`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close()
    process.exit(0)
  })
}
