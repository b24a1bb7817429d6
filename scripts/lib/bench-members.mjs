// The members part of `npm run bench`: sign-in code → outbox, and the wallet card offline.
import { replaceBenchmarkSection } from './bench-parts.mjs'
import { benchSignIn } from './bench-sign-in.mjs'
import { benchWalletOffline } from './bench-wallet-offline.mjs'

const ok = (pass) => (pass ? '✅' : '❌')
const ms = (v) => `${Number(v).toFixed(v < 10 ? 1 : 0)} ms`

/** Env the measured server needs: the dev outbox to read codes from, and room for 100 codes from one IP. */
export const MEMBERS_SERVER_ENV = { AISLE_DEV_OUTBOX: 'on', AISLE_RATE_LIMIT_IP: '100000' }

export async function benchMembers(base, log) {
  log(`> Sign-in: code request → the email in the outbox, 100 addresses one after another`)
  const signIn = await benchSignIn({ base, emails: 100 })
  log(`  202 p95 ${ms(signIn.requestMs.p95)}; in the outbox p50 ${ms(signIn.inOutboxMs.p50)}, p95 ${ms(signIn.inOutboxMs.p95)}`)
  log(`> Wallet offline: launch /wallet with no network on a warm cache → member card, headless Chromium`)
  const wallet = await benchWalletOffline({ base, runs: 10 })
  log(`  median ${ms(wallet.medianMs)}, p95 ${ms(wallet.p95Ms)}`)
  return { signIn, wallet }
}

/** The "## Members" section of BENCHMARKS.md. */
export function membersSection(p, { signIn, wallet }) {
  p('## Members')
  p()
  p(`Measured ${new Date().toISOString()} by \`npm run bench\` (this section alone: \`npm run bench -- --only-members\`).`)
  p()
  p(
    `Sign-in: \`POST /api/v1/auth/code\` for ${signIn.emails} distinct addresses one after another (the code's HMAC and its mail are written in one transaction before the 202); "in the outbox" polls \`/dev/outbox\` every 5 ms until the mail is listed, as a test reads it. Wallet: a member signs in, opens \`/wallet\` once online (the service worker keeps the page shell, the page keeps the member's copy), then ${wallet.runs} new tabs open \`/wallet\` offline; time from navigation start to the member card on screen, headless Chromium 390x844.`,
  )
  p()
  p('| Measurement | p50 | p95 | max | Target | |')
  p('| --- | ---: | ---: | ---: | --- | --- |')
  p(`| Code request → 202 | ${ms(signIn.requestMs.p50)} | ${ms(signIn.requestMs.p95)} | ${ms(signIn.requestMs.max)} | | |`)
  p(`| Code request → email in the outbox | ${ms(signIn.inOutboxMs.p50)} | ${ms(signIn.inOutboxMs.p95)} | ${ms(signIn.inOutboxMs.max)} | p95 ≤ 200 ms | ${ok(signIn.inOutboxMs.p95 <= 200)} |`)
  p(`| Wallet card visible, launched offline (warm cache) | ${ms(wallet.medianMs)} | ${ms(wallet.p95Ms)} | ${ms(wallet.maxMs)} | ≤ 1 s | ${ok(wallet.p95Ms <= 1000)} |`)
  p()
}

/** `--only-members`: replace (or append) just that section of an existing BENCHMARKS.md. */
export const writeMembersOnly = (members) => replaceBenchmarkSection('Members', (p) => membersSection(p, members))
