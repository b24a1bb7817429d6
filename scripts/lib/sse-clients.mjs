// A separate process holding N Server-Sent Events clients on loopback, for the propagation
// benchmark. Parent ↔ child over IPC: {connect} → {ready}; {report} → {receipts}.
// Each client parses the stream itself (plain http, no EventSource polyfill) and records, per
// movementId in a `stock.changed` event, the wall-clock time it arrived.
import http from 'node:http'

const [base, streamPath, countArg] = process.argv.slice(2)
const count = Number(countArg)
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity })
/** movementId → arrival times (ms since epoch, performance-based for sub-ms resolution) */
const receipts = new Map()
let ready = 0
let failed = 0
const now = () => performance.timeOrigin + performance.now()

function connect(i) {
  const req = http.get(`${base}${streamPath}`, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) {
      failed++
      res.resume()
      return
    }
    res.setEncoding('utf8')
    let buffer = ''
    let sawReady = false
    res.on('data', (chunk) => {
      const t = now()
      buffer += chunk
      let end
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        let event = 'message'
        let data = ''
        for (const line of frame.split('\n')) {
          if (line.startsWith('event:')) event = line.slice(6).trim()
          else if (line.startsWith('data:')) data += line.slice(5).trim()
        }
        if (event === 'ready' && !sawReady) {
          sawReady = true
          ready++
          if (ready + failed === count) process.send?.({ type: 'ready', ready, failed })
        } else if (event === 'stock.changed') {
          try {
            const id = JSON.parse(data).movementId
            let list = receipts.get(id)
            if (!list) receipts.set(id, (list = []))
            list.push(t)
          } catch {
            // not ours
          }
        }
      }
    })
    res.on('error', () => {})
  })
  req.on('error', () => {
    failed++
    if (ready + failed === count) process.send?.({ type: 'ready', ready, failed })
  })
  void i
}

process.on('message', (m) => {
  if (m.type === 'connect') {
    // Connect in small batches so the server's accept queue is not the thing being measured.
    let i = 0
    const batch = () => {
      for (let k = 0; k < 50 && i < count; k++, i++) connect(i)
      if (i < count) setTimeout(batch, 20)
    }
    batch()
  } else if (m.type === 'report') {
    process.send?.({ type: 'receipts', receipts: [...receipts.entries()] })
  } else if (m.type === 'exit') {
    agent.destroy()
    process.exit(0)
  }
})
