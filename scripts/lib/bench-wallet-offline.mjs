// Wallet benchmark for `npm run bench`: "open /wallet with no network, on a warm cache → the member
// card is on screen", in headless Chromium at 390x844. A member signs in (email code, read from the
// dev outbox), opens the wallet once online (the service worker saves the page, the page saves the
// member's copy), then each run opens a new tab offline and times from navigation start to the card.
// Needs a running production server with AISLE_DEV_OUTBOX=on (NODE_ENV=production).
import fs from 'node:fs'
import { chromium } from '@playwright/test'
import { quantiles } from './bench-bopis.mjs'

const CARD = '[data-testid="member-card"]'

/** As e2e/browser.ts launches it: Debian's Chromium when present, no sandbox as root, nothing reaching Google. */
const launchOptions = () => ({
  ...(fs.existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
})

/** The newest six-digit code mailed to `email`, from the dev outbox page. */
async function signInCode(base, email, timeoutMs = 10_000) {
  const started = Date.now()
  for (;;) {
    const res = await fetch(`${base}/dev/outbox`)
    if (res.status === 404) throw new Error('/dev/outbox is off: start the server with AISLE_DEV_OUTBOX=on and without SMTP_URL')
    const html = await res.text()
    const at = html.indexOf(email)
    const code = at >= 0 ? /\b(\d{6})\b/.exec(html.slice(at, at + 4_000))?.[1] : undefined
    if (code) return code
    if (Date.now() - started > timeoutMs) throw new Error(`no sign-in code for ${email} in the outbox`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Milliseconds from navigation start until the card is in the DOM, recorded by the page itself. */
function recordCardTime() {
  const seen = () => {
    if (!document.querySelector('[data-testid="member-card"]')) return false
    window.__cardAt = performance.now()
    return true
  }
  new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, { childList: true, subtree: true })
}

/**
 * Median and p95 (ms) of launching /wallet offline on a warm cache until the member card shows,
 * over `runs` launches after one warm-up. Target: p95 ≤ 1 s.
 */
export async function benchWalletOffline({ base, runs = 10 }) {
  const browser = await chromium.launch(launchOptions())
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 390, height: 844 } })
    const email = `bench-wallet-${Date.now().toString(36)}@example.com`
    const requested = await context.request.post('/api/v1/auth/code', { data: { email } })
    if (requested.status() !== 202) throw new Error(`POST /api/v1/auth/code → ${requested.status()}: ${await requested.text()}`)
    const verified = await context.request.post('/api/v1/auth/verify', { data: { email, code: await signInCode(base, email) } })
    if (verified.status() !== 200) throw new Error(`POST /api/v1/auth/verify → ${verified.status()}: ${await verified.text()}`)

    // Once online: the card is drawn from the BFF, the worker takes over and keeps the page.
    const first = await context.newPage()
    await first.goto('/wallet')
    await first.waitForSelector(CARD)
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 })
    const saved = () =>
      first.evaluate(async () => {
        for (const name of (await caches.keys()).filter((n) => n.startsWith('aisle-shell-'))) {
          if ((await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === '/wallet')) return true
        }
        return false
      })
    for (const started = Date.now(); !(await saved()); ) {
      if (Date.now() - started > 30_000) throw new Error('the service worker did not save /wallet within 30 s')
      await new Promise((r) => setTimeout(r, 200))
    }
    await first.close()

    await context.setOffline(true)
    await context.addInitScript(recordCardTime)
    const times = []
    for (let i = -1; i < runs; i++) {
      const page = await context.newPage()
      await page.goto('/wallet')
      await page.waitForSelector(CARD, { timeout: 10_000 })
      const ms = await page.evaluate(() => window.__cardAt)
      if (i >= 0) times.push(ms)
      await page.close()
    }
    const q = quantiles(times)
    return { runs, medianMs: Math.round(q.p50), p95Ms: Math.round(q.p95), maxMs: Math.round(q.max), targetP95Ms: 1_000 }
  } finally {
    await browser.close()
  }
}
