// Sign-in benchmark for `npm run bench`: "code request → the email is in the outbox".
// The code and its mail are written in one transaction before the 202 is sent, so the request
// time is when the mail exists; `visible` also counts reading it back from the dev outbox, as a
// test would. Needs a running server with AISLE_DEV_OUTBOX=on (NODE_ENV=production) and a per-IP
// limit above `emails` (AISLE_RATE_LIMIT_IP, default 20 per 10 minutes): every request comes from
// this one loopback address.
import { quantiles } from './bench-bopis.mjs'

const now = () => performance.now()

/** Whether /dev/outbox lists a sign-in mail to `email` (the page shows the newest 50). */
async function inOutbox(base, email) {
  const res = await fetch(`${base}/dev/outbox`)
  if (res.status === 404) throw new Error('/dev/outbox is off: start the server with AISLE_DEV_OUTBOX=on and without SMTP_URL')
  return (await res.text()).includes(email)
}

/**
 * Requests a code for `emails` distinct addresses, one after another; for each, the time until the
 * 202 and until the outbox shows the mail. Returns p50/p95/p99 of both, in milliseconds.
 */
export async function benchSignIn({ base, emails = 100, pollMs = 5, timeoutMs = 5_000 }) {
  const run = Date.now().toString(36)
  const requested = []
  const visible = []
  for (let i = 0; i < emails; i++) {
    const email = `bench-${run}-${i}@example.com`
    const t0 = now()
    const res = await fetch(`${base}/api/v1/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) })
    const body = await res.text()
    if (res.status === 429) throw new Error(`rate-limited after ${i} codes: start the server with AISLE_RATE_LIMIT_IP above ${emails} (${body.slice(0, 200)})`)
    if (res.status !== 202) throw new Error(`POST /api/v1/auth/code → ${res.status}: ${body.slice(0, 300)}`)
    requested.push(now() - t0)
    for (;;) {
      if (await inOutbox(base, email)) break
      if (now() - t0 > timeoutMs) throw new Error(`the mail to ${email} did not reach the outbox within ${timeoutMs} ms`)
      await new Promise((r) => setTimeout(r, pollMs))
    }
    visible.push(now() - t0)
  }
  return { emails, requestMs: quantiles(requested), inOutboxMs: quantiles(visible), targetP95Ms: 200 }
}
