// What the parts of `npm run bench` share: running a TypeScript measurement that answers with one
// JSON line, and rewriting one section of BENCHMARKS.md (the `--only-…` runs).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT } from './next.mjs'

/** Runs scripts/<script> through tsx with `--json` and resolves with the JSON of its last line. */
export function runTsJson(script, args) {
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

/**
 * Replaces the `## <heading>` section of BENCHMARKS.md (up to the next `## `) with what `write`
 * prints through its `p(line)`, or appends it when there is none; prints the section too.
 */
export function replaceBenchmarkSection(heading, write) {
  const file = path.join(ROOT, 'BENCHMARKS.md')
  const lines = []
  write((s = '') => lines.push(s))
  const section = lines.join('\n')
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n'
  const start = old.indexOf(`\n## ${heading}\n`)
  let next
  if (start < 0) next = `${old.trimEnd()}\n\n${section}`
  else {
    const after = old.indexOf('\n## ', start + 1)
    next = `${old.slice(0, start + 1)}${section}${after < 0 ? '' : old.slice(after)}`
  }
  fs.writeFileSync(file, next)
  console.log(`\n${section}`)
}
