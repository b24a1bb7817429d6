#!/usr/bin/env node
// `npm start`: build when the production build is missing or stale, then run
// `next start` on $PORT (default 3000). Signals are forwarded so the server
// shuts down cleanly (and releases the PGlite lock).
import { ROOT, ensureBuild, prepareDatabase, spawnServer, waitForHttp } from './lib/next.mjs'

const port = Number(process.env.PORT || 3000)

try {
  await ensureBuild(ROOT)
  await prepareDatabase(ROOT)
} catch (err) {
  console.error(`> ${err.message}`)
  process.exit(1)
}

console.log(`> Starting the server on port ${port}...`)
const child = spawnServer({ root: ROOT, port })

let stopping = false
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    stopping = true
    if (child.exitCode === null && child.signalCode === null) child.kill(sig)
  })
}

child.on('error', (err) => {
  console.error(`> could not start the server: ${err.message}`)
  process.exit(1)
})
child.on('exit', (code, signal) => {
  if (signal && !stopping) console.error(`> the server was killed by ${signal}`)
  process.exit(code ?? (stopping ? 0 : 1))
})

const url = `http://localhost:${port}`
waitForHttp(`http://127.0.0.1:${port}/`, { child, timeoutMs: 10 * 60_000 }).then(
  ({ status }) => {
    const note = status >= 500 ? ` (but / answered HTTP ${status})` : ''
    console.log(`> Aisle is ready on ${url}${note}`)
  },
  (err) => {
    if (!stopping && child.exitCode === null) console.error(`> ${err.message}`)
  },
)
