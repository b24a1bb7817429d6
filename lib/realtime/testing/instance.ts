// One app instance for the multi-instance test: its own database pool and hub on a shared
// PostgreSQL, serving GET /stream (SSE, as the BFF route does) and POST /receipt (a stock write).
// Run with tsx; prints "listening <port>" once it accepts connections.
import http from 'node:http'
import { Readable } from 'node:stream'
import { openDb } from '../../db/client'
import { recordMovement } from '../../inventory/movements'
import { Hub } from '../hub'
import { openEventStream } from '../stream'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('DATABASE_URL is required')
const handle = await openDb({ databaseUrl })
const hub = new Hub(handle, { backoffMs: { min: 50, max: 500 } })

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://instance')
  try {
    if (req.method === 'GET' && url.pathname === '/stream') {
      const controller = new AbortController()
      res.on('close', () => controller.abort())
      const storeIds = url.searchParams.get('storeId')?.split(',')
      const body = await openEventStream({ db: handle.db, hub, filter: storeIds ? { storeIds } : {}, signal: controller.signal, heartbeatMs: 1_000 })
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform' })
      Readable.fromWeb(body as import('node:stream/web').ReadableStream<Uint8Array>).pipe(res)
      return
    }
    if (req.method === 'POST' && url.pathname === '/receipt') {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const { storeId, variantId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { storeId: string; variantId: string }
      const m = await recordMovement(handle.db, { storeId, variantId, kind: 'receipt', quantity: 1, reason: 'two instances', actor: 'test' })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ eventId: m.eventId, available: m.level.available }))
      return
    }
    res.writeHead(404).end()
  } catch (e) {
    res.writeHead(500).end(e instanceof Error ? e.message : String(e))
  }
})

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.closeAllConnections()
    server.close()
    void hub.close().finally(() => handle.close().finally(() => process.exit(0)))
  })
}
