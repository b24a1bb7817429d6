// The scanning figures of `npm run bench`: decoding on the project's distorted frames
// (scripts/bench-decode.ts) and scan-to-product in headless Chromium (scripts/bench-scan.ts).
// Both are TypeScript run through tsx in a child process, and answer with one JSON line.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './next.mjs'

function runTsJson(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`))
      const line = out.trim().split('\n').at(-1)
      try {
        resolve(JSON.parse(line))
      } catch {
        reject(new Error(`${script} printed no JSON: ${out.slice(-300)}`))
      }
    })
  })
}

/** Decode success and time per 1280x720 frame, as the app's engine decodes (no server needed). */
export const benchDecode = () => runTsJson('bench-decode.ts', [])

/** First camera frame → product page first contentful paint, against a running server. */
export const benchScan = (base, runs = 20) => runTsJson('bench-scan.ts', ['--base', base, '--runs', String(runs)])
