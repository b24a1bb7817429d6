// Reservations and real-time benchmarks for `npm run bench`:
// - propagation: a stock change written through the BFF → its `stock.changed` SSE event at 1,000
//   clients held by a separate process on loopback (embedded DB; PostgreSQL with two instances);
// - reservations/s and latency at 10 and 50 concurrent requests;
// - contention: 10,000 reserve attempts for 100 available units, counting what was oversold.
import { fork } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import { createRequire } from 'node:module'
import { ROOT } from './next.mjs'

const require = createRequire(import.meta.url)
const autocannon = require('autocannon')

const now = () => performance.timeOrigin + performance.now()
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export function quantiles(values) {
  const s = [...values].sort((a, b) => a - b)
  const q = (p) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN)
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.length ? s[s.length - 1] : NaN }
}

async function call(base, method, urlPath, body, cookie) {
  const res = await fetch(`${base}${urlPath}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  if (!res.ok) throw new Error(`${method} ${urlPath} → ${res.status}: ${text.slice(0, 300)}`)
  return { json, headers: res.headers }
}

/** Signs in the demo manager of the first store; returns the cookie and the store. */
export async function managerSession(base, staffId = 'E012', pin = '1357') {
  const { json, headers } = await call(base, 'POST', '/api/v1/staff/session', { staffId, pin })
  return { cookie: headers.get('set-cookie').split(';')[0], storeId: json.staff.storeId }
}

/** `count` variant ids from the catalogue (first variants of the first products). */
export async function pickVariants(base, count) {
  const { json } = await call(base, 'GET', `/api/v1/products?limit=${Math.min(50, count)}`)
  const out = []
  for (const item of json.items) {
    const { json: p } = await call(base, 'GET', `/api/v1/products/${item.handle}`)
    for (const v of p.variants) {
      out.push({ id: v.id, handle: p.handle })
      if (out.length >= count) return out
    }
  }
  return out
}

const movement = (base, s, body) => call(base, 'POST', `/api/v1/stores/${s.storeId}/movements`, body, s.cookie)

/**
 * `clients` SSE connections to `readBase` in a child process; `changes` receipts written through
 * `writeBase` one every `gapMs`; each change's latency = first byte of its event at a client minus
 * the moment the write request was sent (so it includes the write itself).
 */
export async function benchPropagation({ readBase, writeBase, session, variantId, clients = 1000, changes = 40, gapMs = 150 }) {
  const child = fork(path.join(ROOT, 'scripts/lib/sse-clients.mjs'), [readBase, `/api/v1/stream?storeId=${session.storeId}&variants=${variantId}`, String(clients)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const message = (type) => new Promise((resolve) => child.on('message', (m) => m.type === type && resolve(m)))
  try {
    const readyP = message('ready')
    child.send({ type: 'connect' })
    const ready = await Promise.race([readyP, sleep(120_000).then(() => ({ ready: -1, failed: -1 }))])
    if (ready.ready !== clients) throw new Error(`only ${ready.ready} of ${clients} SSE clients connected (${ready.failed} failed)`)
    await sleep(500)
    const sent = new Map()
    for (let i = 0; i < changes; i++) {
      const t0 = now()
      const { json } = await movement(writeBase, session, { kind: 'receipt', variantId, quantity: 1, reason: 'bench', reference: `bench-${i}` })
      sent.set(json.movementId, t0)
      await sleep(gapMs)
    }
    await sleep(2000)
    const receiptsP = message('receipts')
    child.send({ type: 'report' })
    const { receipts } = await receiptsP
    const latencies = []
    let delivered = 0
    for (const [movementId, times] of receipts) {
      const t0 = sent.get(movementId)
      if (t0 === undefined) continue
      delivered += times.length
      for (const t of times) latencies.push(t - t0)
    }
    return { clients, changes, expected: clients * changes, delivered, ...quantiles(latencies) }
  } finally {
    child.send({ type: 'exit' })
    child.kill()
  }
}

/** One POST on its own keep-alive socket; resolves with the status when the whole answer is in. */
function postJson(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/**
 * Reservations per second and latency with `connections` shoppers, each on its own keep-alive
 * connection sending its next reservation as soon as the last is answered (a closed loop, so
 * latency ≈ connections ÷ throughput once the server is the bottleneck).
 */
export async function benchReserve({ base, session, variants, connections, duration = 10 }) {
  let i = 0
  const run = async (seconds) => {
    const latencies = []
    let non2xx = 0
    let errors = 0
    const t0 = now()
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
        while (now() - t0 < seconds * 1000) {
          const body = JSON.stringify({
            storeId: session.storeId,
            lines: [{ variantId: variants[i++ % variants.length].id, quantity: 1 }],
            customer: { name: 'Bench Shopper', email: `bench${i}@example.com` },
          })
          const start = now()
          try {
            const status = await postJson(agent, `${base}/api/v1/reservations`, body)
            if (status < 200 || status >= 300) non2xx++
          } catch {
            errors++
          }
          latencies.push(now() - start)
        }
        agent.destroy()
      }),
    )
    return { latencies, non2xx, errors, seconds: (now() - t0) / 1000 }
  }
  await run(2)
  const r = await run(duration)
  const q = quantiles(r.latencies)
  return { connections, rps: q.n / r.seconds, p50: Math.round(q.p50), p99: Math.round(q.p99), max: Math.round(q.max), total: q.n, non2xx: r.non2xx, errors: r.errors }
}

/**
 * `attempts` reserve calls (one unit each) at `connections` concurrency, spread over `bases`,
 * for one variant with exactly `available` units. Oversold = successes beyond what was available.
 */
export async function benchContention({ bases, session, variant, available = 100, attempts = 10_000, connections = 50 }) {
  // A variant nothing else reserves: after the count, exactly `available` units are free.
  await movement(bases[0], session, { kind: 'count', variantId: variant.id, counted: available })
  await sleep(600)
  const before = await availableAt(bases[0], variant, session.storeId)
  if (before.available !== available) throw new Error(`expected ${available} available before the contention run, found ${before.available}`)
  const statuses = { 201: 0, 409: 0, other: 0 }
  const per = Math.ceil(attempts / bases.length)
  await Promise.all(
    bases.map(async (base) => {
      const inst = autocannon({
        url: base,
        connections: Math.ceil(connections / bases.length),
        amount: per,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/reservations',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ storeId: session.storeId, lines: [{ variantId: variant.id, quantity: 1 }], customer: { name: 'Crowd', email: 'crowd@example.com' } }),
          },
        ],
      })
      inst.on('response', (_client, statusCode) => {
        if (statusCode === 201) statuses[201]++
        else if (statusCode === 409) statuses[409]++
        else statuses.other++
      })
      await new Promise((resolve, reject) => inst.on('done', resolve).on('error', reject))
    }),
  )
  await sleep(600)
  const after = await availableAt(bases[0], variant, session.storeId)
  return {
    attempts: per * bases.length,
    available,
    held: statuses[201],
    refused: statuses[409],
    other: statuses.other,
    oversold: Math.max(0, statuses[201] - available),
    availableAfter: after.available,
  }
}

async function availableAt(base, variant, storeId) {
  const { json } = await call(base, 'GET', `/api/v1/products/${variant.handle}/availability?storeId=${storeId}`)
  const text = JSON.stringify(json)
  // The availability document lists every variant × store; find ours.
  const found = findLevel(json, variant.id, storeId)
  if (!found) throw new Error(`no availability for ${variant.id} at ${storeId}: ${text.slice(0, 300)}`)
  return found
}

function findLevel(doc, variantId, storeId) {
  for (const store of doc.stores ?? []) {
    const id = store.id ?? store.storeId ?? store.store?.id
    if (id !== storeId) continue
    for (const v of store.variants ?? []) {
      if ((v.variantId ?? v.id) === variantId) return { available: v.available }
    }
  }
  for (const v of doc.variants ?? []) {
    if ((v.variantId ?? v.id) !== variantId) continue
    for (const s of v.stores ?? []) {
      if ((s.storeId ?? s.id) === storeId) return { available: s.available }
    }
  }
  return null
}

/** Tops the variants up so a throughput run never runs out of stock. */
export async function stockUp(base, session, variants, quantity = 10_000) {
  for (const v of variants) await movement(base, session, { kind: 'receipt', variantId: v.id, quantity, reason: 'bench stock' })
}
