// Lighthouse (mobile preset, simulated throttling) against a running server, in Debian's
// Chromium when it is there. Returns the four category scores (0-100) and the core timings.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, run } from './next.mjs'

export async function lighthouse(url) {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aisle-lh-')), 'report.json')
  const flags = ['--headless=new', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  if (process.getuid?.() === 0) flags.push('--no-sandbox')
  const env = { ...process.env }
  if (fs.existsSync('/usr/bin/chromium')) env.CHROME_PATH = '/usr/bin/chromium'
  const { code } = await run(
    path.join(ROOT, 'node_modules', '.bin', 'lighthouse'),
    [url, '--quiet', '--form-factor=mobile', '--output=json', `--output-path=${out}`, `--chrome-flags=${flags.join(' ')}`],
    { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (code !== 0 || !fs.existsSync(out)) throw new Error(`lighthouse failed on ${url} (exit ${code})`)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  fs.rmSync(path.dirname(out), { recursive: true, force: true })
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100)
  const audit = (id) => report.audits[id]?.displayValue ?? 'n/a'
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  }
}
